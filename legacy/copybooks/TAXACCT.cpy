      *****************************************************************
      * TAXACCT  - TAXPAYER MASTER RECORD (514 BYTES), ONE PER TIN.
      *            DD NAMES MASTIN / MASTOUT.  UP TO FOUR TAX MODULES,
      *            KEPT IN ASCENDING TAX PERIOD ORDER.
      *            BALANCE = ASSESSED + FTF + FTP + INTEREST - CREDITS
      *****************************************************************
       01  TA-ACCOUNT.
           05  TA-TIN                  PIC 9(9).
           05  TA-NAME-CONTROL         PIC X(4).
           05  TA-NAME-LINE            PIC X(35).
           05  TA-STREET               PIC X(35).
           05  TA-CITY                 PIC X(20).
           05  TA-STATE                PIC X(2).
           05  TA-ZIP                  PIC 9(5).
           05  TA-FILING-STATUS        PIC 9.
           05  TA-BANK-RTN             PIC 9(9).
           05  TA-BANK-RTN-X REDEFINES TA-BANK-RTN.
               10  TA-RTN-DIGIT        PIC 9 OCCURS 9 TIMES.
           05  TA-BANK-ACCT            PIC X(17).
           05  TA-ESTABLISHED-CYCLE    PIC 9(6).
           05  TA-LAST-UPDATE-CYCLE    PIC 9(6).
           05  TA-MODULE-COUNT         PIC 9.
               88  TA-MODULES-FULL     VALUE 4.
           05  TA-MODULE OCCURS 4 TIMES INDEXED BY TA-MX.
               10  TA-TAX-PERIOD       PIC 9(6).
               10  TA-STATUS           PIC 9(2).
                   88  TA-ST-NONE          VALUE 00.
                   88  TA-ST-BALANCE-DUE   VALUE 10.
                   88  TA-ST-SETTLED       VALUE 12.
                   88  TA-ST-FIRST-NOTICE  VALUE 21.
                   88  TA-ST-TDA           VALUE 22.
                   88  TA-ST-CP501         VALUE 54.
                   88  TA-ST-CP503         VALUE 56.
                   88  TA-ST-CP504         VALUE 58.
               10  TA-STATUS-CYCLE     PIC 9(6).
               10  TA-FREEZE-A         PIC X.
                   88  TA-FREEZE-A-SET     VALUE "A".
                   88  TA-FREEZE-A-CLEAR   VALUE SPACE.
               10  TA-FREEZE-L         PIC X.
                   88  TA-FREEZE-L-SET     VALUE "L".
                   88  TA-FREEZE-L-CLEAR   VALUE SPACE.
               10  TA-FREEZE-R         PIC X.
                   88  TA-FREEZE-R-SET     VALUE "R".
                   88  TA-FREEZE-R-CLEAR   VALUE SPACE.
               10  TA-RETURN-DATE      PIC 9(8).
                   88  TA-NO-RETURN        VALUE ZERO.
               10  TA-TAX-ASSESSED     PIC S9(9)V99 COMP-3.
               10  TA-CREDITS          PIC S9(9)V99 COMP-3.
               10  TA-FTF-PENALTY      PIC S9(7)V99 COMP-3.
               10  TA-FTP-PENALTY      PIC S9(7)V99 COMP-3.
               10  TA-INTEREST         PIC S9(7)V99 COMP-3.
               10  TA-BALANCE          PIC S9(9)V99 COMP-3.
               10  TA-INTEREST-DATE    PIC 9(8).
               10  TA-LAST-NOTICE      PIC X(5).
                   88  TA-NO-NOTICE        VALUE SPACES.
               10  TA-NOTICE-CYCLE     PIC 9(6).
               10  TA-LAST-TC          PIC 9(3).
               10  TA-LAST-ACTIVITY    PIC 9(6).
           05  FILLER                  PIC X(20).
