      *****************************************************************
      * UNPOST   - UNPOSTABLE TRANSACTION (140 BYTES), DD NAME UNPOST
      *            THE CARD IMAGE AS READ, THE UNPOSTABLE CODE (UPC)
      *            AND ITS FIXED REASON TEXT.
      *****************************************************************
       01  UP-RECORD.
           05  UP-TRANS-IMAGE          PIC X(100).
           05  UP-UPC                  PIC X(3).
           05  UP-CYCLE                PIC 9(6).
           05  UP-REASON               PIC X(31).
