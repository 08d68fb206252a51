"""Safety at the edges: checks on uploaded files (`uploads`) and on what leaves the program (`output`)."""
