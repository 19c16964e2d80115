"""Bouwstappen voor de runtime van de zelfscan (gebruikt door hooks/runtime.py)."""
