"""baocao: periodic reports of Vietnamese communes, kept offline and printed in the official format."""

__version__ = "0.1.0"
