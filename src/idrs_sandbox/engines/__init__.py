"""Engines: everything that can perform a posting run behind one interface (see ``base``)."""
