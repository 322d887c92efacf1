      *****************************************************************
      * CTLCARD  - CONTROL CARD FOR THE WEEKLY POSTING RUN (80 BYTES)
      *            ONE CARD PER RUN, DD NAME CONTROL.
      *****************************************************************
       01  CTL-CARD.
           05  CTL-RUN-CYCLE.
               10  CTL-RUN-YEAR        PIC 9(4).
               10  CTL-RUN-WEEK        PIC 9(2).
                   88  CTL-WEEK-VALID  VALUE 01 THRU 52.
           05  CTL-RUN-DATE.
               10  CTL-RUN-DATE-YYYY   PIC 9(4).
               10  CTL-RUN-DATE-MM     PIC 9(2).
               10  CTL-RUN-DATE-DD     PIC 9(2).
           05  CTL-INTEREST-RATE       PIC 9V9(4).
           05  FILLER                  PIC X(61).
