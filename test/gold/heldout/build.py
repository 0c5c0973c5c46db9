import sys; sys.path.insert(0, '/tmp/gold')
from lib import write
import g101, g102, g103
write('/work/main/test/gold/heldout')
