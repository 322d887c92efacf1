      *****************************************************************
      * NOTICE   - BALANCE DUE NOTICE (160 BYTES), DD NAME NOTICES
      *****************************************************************
       01  NT-RECORD.
           05  NT-TIN                  PIC 9(9).
           05  NT-NOTICE-CODE          PIC X(5).
               88  NT-CP14             VALUE "CP14 ".
               88  NT-CP501            VALUE "CP501".
               88  NT-CP503            VALUE "CP503".
               88  NT-CP504            VALUE "CP504".
           05  NT-TAX-PERIOD           PIC 9(6).
           05  NT-NAME-LINE            PIC X(35).
           05  NT-STREET               PIC X(35).
           05  NT-CITY                 PIC X(20).
           05  NT-STATE                PIC X(2).
           05  NT-ZIP                  PIC 9(5).
           05  NT-BALANCE-DUE          PIC S9(9)V99.
           05  NT-FTP-THIS             PIC S9(7)V99.
           05  NT-INTEREST-THIS        PIC S9(7)V99.
           05  NT-CYCLE                PIC 9(6).
           05  NT-RESPOND-BY           PIC 9(8).
