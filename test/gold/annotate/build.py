import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import write
import g101, g102, g103
write('heldout')
import g104, g105
write('heldout-b')
import g106, g108
write('heldout-c')
import g109, g110
write('heldout-d')
import g111, g112
write('heldout-e')
import g113, g114, g115
write('heldout-f')
import g116
write('heldout-g')
import g117, g118, g119
write('heldout-h')
