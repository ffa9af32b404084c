-- A location the citizen shared (WGS 84 degrees), kept with the report next to the region named.
ALTER TABLE complaint ADD COLUMN latitude DOUBLE PRECISION, ADD COLUMN longitude DOUBLE PRECISION;
