"""The monthly closing screens [K3]: entries of the month, preview and close, closed months."""
