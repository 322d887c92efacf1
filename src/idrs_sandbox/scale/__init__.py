"""The partitioned week: split by TIN range, post the partitions on Dask, merge (docs/scale.md)."""
