"""Qt user interface: layout and wiring only; logic lives in optout_gui.core."""
