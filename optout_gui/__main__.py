import sys

from optout_gui.app import main

sys.exit(main())
