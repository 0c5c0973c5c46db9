import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import write
import g101, g102, g103
write(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
