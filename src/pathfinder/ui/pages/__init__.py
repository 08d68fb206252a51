"""One module per page of the app; each exposes `render()` and reads shared objects from `ui.resources`."""
