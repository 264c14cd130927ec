"""The HTTP API: the app, who is calling, the routers by area, error answers, name path
parameters, serving."""
