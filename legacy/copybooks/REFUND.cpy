      *****************************************************************
      * REFUND   - REFUND ORDER (156 BYTES), DD NAME REFUNDS
      *            METHOD D = DIRECT DEPOSIT, C = PAPER CHECK
      *****************************************************************
       01  RF-RECORD.
           05  RF-TIN                  PIC 9(9).
           05  RF-TAX-PERIOD           PIC 9(6).
           05  RF-AMOUNT               PIC 9(9)V99.
           05  RF-METHOD               PIC X.
               88  RF-DIRECT-DEPOSIT   VALUE "D".
               88  RF-PAPER-CHECK      VALUE "C".
           05  RF-BANK-RTN             PIC 9(9).
           05  RF-BANK-ACCT            PIC X(17).
           05  RF-NAME-LINE            PIC X(35).
           05  RF-STREET               PIC X(35).
           05  RF-CITY                 PIC X(20).
           05  RF-STATE                PIC X(2).
           05  RF-ZIP                  PIC 9(5).
           05  RF-CYCLE                PIC 9(6).
