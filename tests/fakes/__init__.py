"""Fake platform servers on 127.0.0.1 that speak the real HTTP APIs."""
