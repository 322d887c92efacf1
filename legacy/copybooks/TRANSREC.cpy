      *****************************************************************
      * TRANSREC - TRANSACTION CARD IMAGE (100 BYTES), DD NAME TRANSIN
      *            SORTED BY TIN, THEN SEQ.  THE DATA AREA IS
      *            REDEFINED BY TRANSACTION CODE (TC).
      *****************************************************************
       01  TR-RECORD.
           05  TR-TIN                  PIC 9(9).
           05  TR-NAME-CONTROL         PIC X(4).
           05  TR-TC                   PIC 9(3).
               88  TR-TC-ESTABLISH     VALUE 000.
               88  TR-TC-NAME-CHANGE   VALUE 013.
               88  TR-TC-ADDRESS       VALUE 014.
               88  TR-TC-RETURN        VALUE 150.
               88  TR-TC-ADDL-TAX      VALUE 290.
               88  TR-TC-ABATEMENT     VALUE 291.
               88  TR-TC-EXAM-OPEN     VALUE 420.
               88  TR-TC-EXAM-CLOSED   VALUE 421.
               88  TR-TC-HOLD          VALUE 570.
               88  TR-TC-HOLD-RELEASE  VALUE 571.
               88  TR-TC-PAYMENT       VALUE 610 670.
               88  TR-TC-CREDIT        VALUE 766 806.
               88  TR-TC-MISC          VALUE 971.
               88  TR-TC-ENTITY        VALUE 000 013 014.
               88  TR-TC-KNOWN         VALUE 000 013 014 150
                                             290 291 420 421
                                             570 571 610 670
                                             766 806 971.
           05  TR-TAX-PERIOD.
               10  TR-TAX-PERIOD-YYYY  PIC 9(4).
               10  TR-TAX-PERIOD-MM    PIC 9(2).
           05  TR-AMOUNT               PIC S9(9)V99.
           05  TR-AMOUNT-X REDEFINES TR-AMOUNT
                                       PIC X(11).
           05  TR-TRANS-DATE.
               10  TR-TRANS-YY         PIC 9(2).
               10  TR-TRANS-MM         PIC 9(2).
               10  TR-TRANS-DD         PIC 9(2).
           05  TR-SEQ                  PIC 9(6).
           05  TR-DATA                 PIC X(55).
      *    TC 000 ESTABLISH ACCOUNT / TC 013 NAME CHANGE
           05  TR-ENTITY-DATA REDEFINES TR-DATA.
               10  TR-NAME-LINE        PIC X(35).
               10  TR-STATE            PIC X(2).
               10  TR-ZIP              PIC 9(5).
               10  FILLER              PIC X(13).
      *    TC 014 ADDRESS CHANGE
           05  TR-ADDRESS-DATA REDEFINES TR-DATA.
               10  TR-STREET           PIC X(35).
               10  TR-CITY             PIC X(20).
      *    TC 150 RETURN FILED
           05  TR-RETURN-DATA REDEFINES TR-DATA.
               10  TR-FILING-STATUS    PIC 9.
               10  TR-BANK-RTN         PIC 9(9).
               10  TR-BANK-ACCT        PIC X(17).
               10  FILLER              PIC X(28).
      *    TC 971 MISCELLANEOUS ACTION
           05  TR-ACTION-DATA REDEFINES TR-DATA.
               10  TR-ACTION-CODE      PIC 9(3).
                   88  TR-ACTION-FREEZE-A VALUE 010.
               10  FILLER              PIC X(52).
