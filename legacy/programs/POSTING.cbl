      *****************************************************************
      * POSTING  - IDRS-LITE WEEKLY POSTING RUN
      *            IDRS-LITE MASTER FILE SECTION, WRITTEN 1968-03-04.
      *
      * READS THE CONTROL CARD, THE TAXPAYER MASTER (MASTIN) AND THE
      * WEEK'S TRANSACTION CARDS (TRANSIN, SORTED BY TIN THEN SEQ),
      * POSTS EVERY CARD THAT PASSES VALIDATION, RUNS THE END-OF-
      * ACCOUNT PASS (NOTICES, INTEREST, PENALTIES, OFFSETS, REFUNDS)
      * AND WRITES THE NEW MASTER (MASTOUT), THE NOTICE FILE, THE
      * REFUND FILE, THE UNPOSTABLE FILE AND THE CONTROL REPORT.
      *
      * RULES: RULEBOOK.MD SECTIONS 1-8.  WHERE THE RULEBOOK IS SILENT
      * THE DECISION TAKEN HERE IS MARKED "DECISION:" IN A COMMENT.
      *
      * RETURN CODE  0 = CLEAN RUN
      *              4 = RUN COMPLETED WITH AT LEAST ONE UNPOSTABLE
      *             16 = ABEND (EVERY OUTPUT EMPTY EXCEPT REPORT,
      *                  WHICH HOLDS THE SINGLE LINE "ABEND: CAUSE")
      *
      * MAINTENANCE LOG
      *   1968-03  ORIGINAL PROGRAM, MASTER ON TAPE, BALANCED LINE.
      *   1971-09  FAILURE-TO-PAY PENALTY AND THE CP50X NOTICE STREAM.
      *   1974-02  CREDIT OFFSETS (TC 706/826) BEFORE REFUNDS.
      *   1983-11  DIRECT DEPOSIT REFUNDS WITH THE ABA CHECK DIGIT.
      *   1998-06  CENTURY WINDOW 50 FOR CARD DATES (Y2K PROJECT).
      *            LAST-ACTIVITY KEPT AS THE CARD'S YYMMDD ON PURPOSE.
      *   2024-04  REWRITTEN FROM THE RULEBOOK FOR IDRS-LITE.
      *****************************************************************
       IDENTIFICATION DIVISION.
       PROGRAM-ID. POSTING.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SOURCE-COMPUTER. IBM-360.
       OBJECT-COMPUTER. IBM-360.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT CONTROL-FILE ASSIGN TO "CONTROL"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-CONTROL-STATUS.
           SELECT MASTIN-FILE ASSIGN TO "MASTIN"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-MASTIN-STATUS.
           SELECT TRANSIN-FILE ASSIGN TO "TRANSIN"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-TRANSIN-STATUS.
           SELECT MASTOUT-FILE ASSIGN TO "MASTOUT"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-MASTOUT-STATUS.
           SELECT NOTICES-FILE ASSIGN TO "NOTICES"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-NOTICES-STATUS.
           SELECT REFUNDS-FILE ASSIGN TO "REFUNDS"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-REFUNDS-STATUS.
           SELECT UNPOST-FILE ASSIGN TO "UNPOST"
               ORGANIZATION IS SEQUENTIAL
               FILE STATUS IS WS-UNPOST-STATUS.
           SELECT REPORT-FILE ASSIGN TO "REPORT"
               ORGANIZATION IS LINE SEQUENTIAL
               FILE STATUS IS WS-REPORT-STATUS.
       DATA DIVISION.
       FILE SECTION.
       FD  CONTROL-FILE
           RECORD CONTAINS 80 CHARACTERS.
       01  CONTROL-REC                 PIC X(80).
      *    THE MASTER IS READ HERE AND MOVED TO TA-ACCOUNT WHEN ITS
      *    TURN COMES; THE EDIT PASS LOOKS AT TIN AND MODULE-COUNT
      *    HERE AND AT THE NUMBERS THROUGH TA-ACCOUNT (1310).
       FD  MASTIN-FILE
           RECORD CONTAINS 514 CHARACTERS.
       01  MASTIN-REC.
           05  MI-TIN                  PIC 9(9).
           05  MI-TIN-X REDEFINES MI-TIN
                                       PIC X(9).
           05  FILLER                  PIC X(140).
           05  MI-MODULE-COUNT         PIC 9.
           05  FILLER                  PIC X(364).
       FD  TRANSIN-FILE
           RECORD CONTAINS 100 CHARACTERS.
       01  TRANSIN-REC                 PIC X(100).
       FD  MASTOUT-FILE
           RECORD CONTAINS 514 CHARACTERS.
       01  MASTOUT-REC                 PIC X(514).
       FD  NOTICES-FILE
           RECORD CONTAINS 160 CHARACTERS.
       01  NOTICES-REC                 PIC X(160).
       FD  REFUNDS-FILE
           RECORD CONTAINS 156 CHARACTERS.
       01  REFUNDS-REC                 PIC X(156).
       FD  UNPOST-FILE
           RECORD CONTAINS 140 CHARACTERS.
       01  UNPOST-REC                  PIC X(140).
       FD  REPORT-FILE.
       01  REPORT-REC                  PIC X(132).
       WORKING-STORAGE SECTION.
      *****************************************************************
      * RECORD LAYOUTS (RULEBOOK SECTION 2)
      *****************************************************************
       COPY CTLCARD.
       COPY TRANSREC.
       COPY TAXACCT.
       COPY NOTICE.
       COPY REFUND.
       COPY UNPOST.
      *****************************************************************
      * FILE STATUS FIELDS, ONE PER FILE, TESTED AFTER EVERY I/O
      *****************************************************************
       01  WS-FILE-STATUSES.
           05  WS-CONTROL-STATUS       PIC XX.
           05  WS-MASTIN-STATUS        PIC XX.
               88  WS-MASTIN-OK            VALUE "00".
               88  WS-MASTIN-AT-END        VALUE "10".
               88  WS-MASTIN-SHORT         VALUE "04".
           05  WS-TRANSIN-STATUS       PIC XX.
               88  WS-TRANSIN-OK           VALUE "00".
               88  WS-TRANSIN-AT-END       VALUE "10".
               88  WS-TRANSIN-SHORT        VALUE "04".
           05  WS-MASTOUT-STATUS       PIC XX.
           05  WS-NOTICES-STATUS       PIC XX.
           05  WS-REFUNDS-STATUS       PIC XX.
           05  WS-UNPOST-STATUS        PIC XX.
           05  WS-REPORT-STATUS        PIC XX.
      *****************************************************************
      * SWITCHES
      *****************************************************************
       01  WS-SWITCHES.
           05  WS-ABEND-SW             PIC X       VALUE "N".
               88  WS-ABENDED              VALUE "Y".
           05  WS-OUTPUTS-SW           PIC X       VALUE "N".
               88  WS-OUTPUTS-OPEN         VALUE "Y".
               88  WS-OUTPUTS-CLOSED       VALUE "N".
           05  WS-INPUTS-SW            PIC X       VALUE "N".
               88  WS-INPUTS-OPEN          VALUE "Y".
               88  WS-INPUTS-CLOSED        VALUE "N".
           05  WS-MAST-EOF-SW          PIC X       VALUE "N".
               88  WS-MAST-EOF             VALUE "Y".
           05  WS-TRAN-EOF-SW          PIC X       VALUE "N".
               88  WS-TRAN-EOF             VALUE "Y".
           05  WS-SCAN-EOF-SW          PIC X       VALUE "N".
               88  WS-SCAN-EOF             VALUE "Y".
           05  WS-ACCOUNT-SW           PIC X       VALUE "N".
               88  WS-ACCOUNT-PRESENT      VALUE "Y".
               88  WS-ACCOUNT-ABSENT       VALUE "N".
           05  WS-MOD-FOUND-SW         PIC X       VALUE "N".
               88  WS-MOD-FOUND            VALUE "Y".
               88  WS-MOD-NOT-FOUND        VALUE "N".
           05  WS-DATE-SW              PIC X       VALUE "N".
               88  WS-DATE-VALID           VALUE "Y".
               88  WS-DATE-INVALID         VALUE "N".
           05  WS-ASSESS-SW            PIC X       VALUE "N".
               88  WS-ASSESS-OVERFLOW      VALUE "Y".
               88  WS-ASSESS-FITS          VALUE "N".
           05  WS-ABA-SW               PIC X       VALUE "N".
               88  WS-ABA-GOOD             VALUE "Y".
               88  WS-ABA-BAD              VALUE "N".
           05  WS-NC-DONE-SW           PIC X       VALUE "N".
               88  WS-NC-DONE              VALUE "Y".
               88  WS-NC-NOT-DONE          VALUE "N".
      *****************************************************************
      * ABEND CAUSE AND THE SINGLE REPORT LINE OF AN ABENDED RUN
      *****************************************************************
       01  WS-MASTIN-FAULT             PIC X(40)   VALUE SPACES.
       01  WS-MASTIN-SHORT-SW          PIC X       VALUE "N".
           88  WS-MASTIN-HAS-SHORT         VALUE "Y".
       01  WS-TRANSIN-SHORT-SW         PIC X       VALUE "N".
           88  WS-TRANSIN-HAS-SHORT        VALUE "Y".
       01  WS-ABEND-LINE.
           05  FILLER                  PIC X(7)    VALUE "ABEND: ".
           05  WS-ABEND-CAUSE          PIC X(60)   VALUE SPACES.
       01  WS-IO-ERROR.
           05  WS-IO-DDNAME            PIC X(8).
           05  WS-IO-STATUS            PIC XX.
      *****************************************************************
      * RUN CONSTANTS, SET ONCE FROM THE CONTROL CARD
      *****************************************************************
       01  WS-RUN-CONSTANTS.
           05  WS-RUN-DATE             PIC 9(8).
           05  WS-RUN-CYCLE-INDEX      PIC 9(7)    COMP-3.
      *    RULEBOOK 6: INTEREST-RATE / 360 STORED TRUNCATED IN V9(8).
           05  WS-DAILY-RATE           PIC V9(8)   COMP-3.
      *    RULEBOOK 3: RESPOND-BY = RUN DATE + 21 CALENDAR DAYS.
           05  WS-RESPOND-BY           PIC 9(8).
           05  WS-EMPTY-MODULE         PIC X(86).
      *****************************************************************
      * MERGE KEYS.  ALL COMPARED AS BYTES (ALPHANUMERIC).
      *****************************************************************
       01  WS-MERGE-KEYS.
           05  WS-MAST-KEY             PIC X(9).
           05  WS-TRAN-KEY             PIC X(9).
           05  WS-GROUP-KEY            PIC X(9).
           05  WS-PREV-MAST-KEY        PIC X(9).
           05  WS-CARD-KEY.
               10  WS-CARD-KEY-TIN     PIC X(9).
               10  WS-CARD-KEY-SEQ     PIC X(6).
      *    RULEBOOK 5 U09: THE HIGH-WATER KEY STARTS BELOW EVERY KEY.
           05  WS-HIGH-WATER-KEY       PIC X(15)   VALUE LOW-VALUES.
      *****************************************************************
      * TRANSACTION WORK FIELDS
      *****************************************************************
       01  WS-TRANS-WORK.
           05  WS-UPC                  PIC X(3).
               88  WS-POSTABLE             VALUE SPACES.
           05  WS-UPC-NUM              PIC 99.
           05  WS-TC                   PIC 9(3).
               88  WS-TC-NEEDS-RETURN      VALUE 290 291 420 421
                                                 570 571 971.
               88  WS-TC-MAY-CREATE        VALUE 150 610 670 766
                                                 806.
               88  WS-TC-ZERO-AMOUNT       VALUE 000 013 014 420
                                                 421 570 571 971.
           05  WS-POSTED-TC            PIC 9(3).
           05  WS-TAX-PERIOD           PIC 9(6).
           05  WS-TAX-PERIOD-R REDEFINES WS-TAX-PERIOD.
               10  WS-TP-YYYY          PIC 9(4).
               10  WS-TP-MM            PIC 9(2).
           05  WS-CARD-DATE            PIC 9(8).
           05  WS-CARD-DATE-R REDEFINES WS-CARD-DATE.
               10  WS-CARD-CC-YY       PIC 9(4).
               10  WS-CARD-MM          PIC 9(2).
               10  WS-CARD-DD          PIC 9(2).
           05  WS-MOD-SUB              PIC 9.
           05  WS-INS-POS              PIC 9.
           05  WS-SX                   PIC S99.
           05  WS-FTF-MONTHS           PIC 9(5).
           05  WS-FTF-BASE             PIC S9(11)V99 COMP-3.
           05  WS-GEN-FTF              PIC S9(11)V99 COMP-3.
      *    NEW MONEY VALUES ARE BUILT HERE, WIDER THAN THE MASTER
      *    FIELDS, AND STORED ONLY WHEN EVERY ONE FITS (U10).
           05  WS-NEW-ASSESSED         PIC S9(11)V99 COMP-3.
           05  WS-NEW-CREDITS          PIC S9(11)V99 COMP-3.
           05  WS-NEW-FTF              PIC S9(11)V99 COMP-3.
           05  WS-NEW-BALANCE          PIC S9(11)V99 COMP-3.
      *****************************************************************
      * WORK MODULE: A TRANSACTION IS APPLIED TO THIS COPY OF ITS
      * MODULE AND THE COPY IS STORED BACK (OR INSERTED) ONLY WHEN
      * THE TRANSACTION POSTS.  SAME 86 BYTES AS TA-MODULE.
      *****************************************************************
       01  WM-MODULE.
           05  WM-TAX-PERIOD           PIC 9(6).
           05  WM-STATUS               PIC 9(2).
           05  WM-STATUS-CYCLE         PIC 9(6).
           05  WM-FREEZE-A             PIC X.
               88  WM-FREEZE-A-SET         VALUE "A".
               88  WM-FREEZE-A-CLEAR       VALUE SPACE.
           05  WM-FREEZE-L             PIC X.
               88  WM-FREEZE-L-SET         VALUE "L".
               88  WM-FREEZE-L-CLEAR       VALUE SPACE.
           05  WM-FREEZE-R             PIC X.
               88  WM-FREEZE-R-SET         VALUE "R".
               88  WM-FREEZE-R-CLEAR       VALUE SPACE.
           05  WM-RETURN-DATE          PIC 9(8).
           05  WM-TAX-ASSESSED         PIC S9(9)V99 COMP-3.
           05  WM-CREDITS              PIC S9(9)V99 COMP-3.
           05  WM-FTF-PENALTY          PIC S9(7)V99 COMP-3.
           05  WM-FTP-PENALTY          PIC S9(7)V99 COMP-3.
           05  WM-INTEREST             PIC S9(7)V99 COMP-3.
           05  WM-BALANCE              PIC S9(9)V99 COMP-3.
           05  WM-INTEREST-DATE        PIC 9(8).
           05  WM-LAST-NOTICE          PIC X(5).
           05  WM-NOTICE-CYCLE         PIC 9(6).
           05  WM-LAST-TC              PIC 9(3).
      *    RULEBOOK 5: LAST-ACTIVITY IS THE CARD'S SIX DATE BYTES.
           05  WM-LAST-ACTIVITY        PIC X(6).
      *****************************************************************
      * END-OF-ACCOUNT WORK FIELDS
      *****************************************************************
       01  WS-EOA-WORK.
           05  WS-NEW-STATUS           PIC 9(2).
           05  WS-SET-SUB              PIC 9.
           05  WS-SRC-SUB              PIC 9.
           05  WS-TX                   PIC 9.
           05  WS-BAL-SUB              PIC 9.
           05  WS-FIRST-EMPTY          PIC 9.
           05  WS-NEXT-NOTICE          PIC X(5).
           05  WS-CYCLE-WORK           PIC 9(6).
           05  WS-CYCLE-WORK-R REDEFINES WS-CYCLE-WORK.
               10  WS-CW-YYYY          PIC 9(4).
               10  WS-CW-CC            PIC 9(2).
           05  WS-CYCLES-SINCE         PIC S9(7)   COMP-3.
           05  WS-DUE-DATE             PIC 9(8).
           05  WS-DUE-DATE-R REDEFINES WS-DUE-DATE.
               10  WS-DUE-YYYY         PIC 9(4).
               10  WS-DUE-MM           PIC 9(2).
               10  WS-DUE-DD           PIC 9(2).
           05  WS-INT-DAYS             PIC S9(9)   COMP-3.
           05  WS-FTP-MONTHS           PIC 9(5).
      *    RULEBOOK 6: MIN(0.005 X MONTHS, 0.25).
           05  WS-FTP-RATE             PIC 9(3)V999.
           05  WS-INT-THIS             PIC S9(15)V99 COMP-3.
           05  WS-FTP-ALLOWED          PIC S9(11)V99 COMP-3.
           05  WS-FTP-THIS             PIC S9(11)V99 COMP-3.
           05  WS-NEW-INTEREST         PIC S9(15)V99 COMP-3.
           05  WS-NEW-FTP              PIC S9(11)V99 COMP-3.
           05  WS-CREDIT-LEFT          PIC S9(11)V99 COMP-3.
           05  WS-OFFSET-AMT           PIC S9(11)V99 COMP-3.
      *****************************************************************
      * DATE ROUTINE FIELDS (RULEBOOK SECTION 3)
      *****************************************************************
       01  WS-DATE-WORK.
      *    7200-VALIDATE-DATE CHECKS WS-VD-DATE.
           05  WS-VD-DATE              PIC 9(8).
           05  WS-VD-DATE-R REDEFINES WS-VD-DATE.
               10  WS-VD-YYYY          PIC 9(4).
               10  WS-VD-MM            PIC 9(2).
               10  WS-VD-DD            PIC 9(2).
           05  WS-VD-MONTH-DAYS        PIC 9(2).
      *    7300-DAY-COUNT: 30/360 DAYS FROM WS-DC-FROM TO WS-DC-TO.
           05  WS-DC-FROM              PIC 9(8).
           05  WS-DC-FROM-R REDEFINES WS-DC-FROM.
               10  WS-DC-FROM-YYYY     PIC 9(4).
               10  WS-DC-FROM-MM       PIC 9(2).
               10  WS-DC-FROM-DD       PIC 9(2).
           05  WS-DC-TO                PIC 9(8).
           05  WS-DC-TO-R REDEFINES WS-DC-TO.
               10  WS-DC-TO-YYYY       PIC 9(4).
               10  WS-DC-TO-MM         PIC 9(2).
               10  WS-DC-TO-DD         PIC 9(2).
           05  WS-DC-D1                PIC 9(2).
           05  WS-DC-D2                PIC 9(2).
           05  WS-DC-DAYS              PIC S9(9)   COMP-3.
           05  WS-MONTHS-LATE          PIC 9(5).
      *    DAYS IN EACH MONTH; FEBRUARY CORRECTED FOR LEAP YEARS.
       01  WS-MONTH-DAYS-DATA.
           05  FILLER                  PIC X(24)   VALUE
                                       "312831303130313130313031".
       01  WS-MONTH-DAYS-TABLE REDEFINES WS-MONTH-DAYS-DATA.
           05  WS-MONTH-DAYS           PIC 9(2)    OCCURS 12 TIMES.
      *****************************************************************
      * NAME CONTROL FIELDS (RULEBOOK SECTION 4)
      *****************************************************************
       01  WS-NC-WORK.
           05  WS-NC-NAME-LINE         PIC X(35).
           05  WS-NC-FIRST-PART        PIC X(35).
           05  WS-NC-SURNAME           PIC X(35).
           05  WS-NC-RESULT            PIC X(4).
           05  WS-NC-CHAR              PIC X.
           05  WS-NC-LT-COUNT          PIC 9(2).
           05  WS-NC-IX                PIC 9(2).
           05  WS-NC-PTR               PIC 9(2).
           05  WS-NC-START             PIC 9(2).
           05  WS-NC-END               PIC 9(2).
           05  WS-NC-LEN               PIC 9(2).
      *****************************************************************
      * ABA ROUTING NUMBER CHECK (RULEBOOK SECTION 6)
      *****************************************************************
       01  WS-ABA-SUM                  PIC 9(4).
      *****************************************************************
      * CONTROL TOTALS.  COUNTS 9(10), MONEY S9(13)V99 (RULEBOOK 8).
      *****************************************************************
       01  WS-COUNTERS.
           05  WS-CONTROL-READ         PIC 9(10)   COMP-3.
           05  WS-MASTIN-READ          PIC 9(10)   COMP-3.
           05  WS-TRANSIN-READ         PIC 9(10)   COMP-3.
           05  WS-MASTOUT-WRITTEN      PIC 9(10)   COMP-3.
           05  WS-NOTICES-WRITTEN      PIC 9(10)   COMP-3.
           05  WS-REFUNDS-WRITTEN      PIC 9(10)   COMP-3.
           05  WS-UNPOST-WRITTEN       PIC 9(10)   COMP-3.
           05  WS-POSTED-COUNT         PIC 9(10)   COMP-3.
           05  WS-UNPOSTED-COUNT       PIC 9(10)   COMP-3.
           05  WS-OVERFLOW-COUNT       PIC 9(10)   COMP-3.
           05  WS-MONEY-READ           PIC S9(13)V99 COMP-3.
           05  WS-MONEY-POSTED         PIC S9(13)V99 COMP-3.
           05  WS-MONEY-UNPOSTED       PIC S9(13)V99 COMP-3.
           05  WS-NOTICE-COUNT         PIC 9(10)   COMP-3
                                       OCCURS 4 TIMES.
           05  WS-REFUND-COUNT         PIC 9(10)   COMP-3
                                       OCCURS 2 TIMES.
           05  WS-REFUND-AMOUNT        PIC S9(13)V99 COMP-3
                                       OCCURS 2 TIMES.
           05  WS-TC-COUNT             PIC 9(10)   COMP-3
                                       OCCURS 22 TIMES.
           05  WS-TC-AMOUNT            PIC S9(13)V99 COMP-3
                                       OCCURS 22 TIMES.
           05  WS-UPC-COUNT            PIC 9(10)   COMP-3
                                       OCCURS 10 TIMES.
           05  WS-UPC-AMOUNT           PIC S9(13)V99 COMP-3
                                       OCCURS 10 TIMES.
       01  WS-TALLY-WORK.
           05  WS-TALLY-TC             PIC 9(3).
           05  WS-TALLY-AMOUNT         PIC S9(11)V99 COMP-3.
           05  WS-TSUB                 PIC 99.
           05  WS-NSUB                 PIC 9.
           05  WS-RSUB                 PIC 9.
      *****************************************************************
      * THE FIXED LIST OF TRANSACTION CODES OF THE REPORT (RULEBOOK 8)
      *****************************************************************
       01  WS-TC-TABLE-DATA.
           05  FILLER PIC X(27) VALUE "000ESTABLISH ACCOUNT".
           05  FILLER PIC X(27) VALUE "013NAME CHANGE".
           05  FILLER PIC X(27) VALUE "014ADDRESS CHANGE".
           05  FILLER PIC X(27) VALUE "150RETURN FILED".
           05  FILLER PIC X(27) VALUE "166FAILURE TO FILE PENALTY".
           05  FILLER PIC X(27) VALUE "196INTEREST".
           05  FILLER PIC X(27) VALUE "276FAILURE TO PAY PENALTY".
           05  FILLER PIC X(27) VALUE "290ADDITIONAL TAX".
           05  FILLER PIC X(27) VALUE "291ABATEMENT".
           05  FILLER PIC X(27) VALUE "420EXAM OPENED".
           05  FILLER PIC X(27) VALUE "421EXAM CLOSED".
           05  FILLER PIC X(27) VALUE "570CREDIT HOLD".
           05  FILLER PIC X(27) VALUE "571CREDIT HOLD RELEASED".
           05  FILLER PIC X(27) VALUE "610PAYMENT WITH RETURN".
           05  FILLER PIC X(27) VALUE "670PAYMENT".
           05  FILLER PIC X(27) VALUE "706CREDIT OFFSET IN".
           05  FILLER PIC X(27) VALUE "766REFUNDABLE CREDIT".
           05  FILLER PIC X(27) VALUE "806WITHHOLDING".
           05  FILLER PIC X(27) VALUE "826CREDIT OFFSET OUT".
           05  FILLER PIC X(27) VALUE "846REFUND".
           05  FILLER PIC X(27) VALUE "971MISCELLANEOUS ACTION".
           05  FILLER PIC X(27) VALUE "976DUPLICATE RETURN".
       01  WS-TC-TABLE REDEFINES WS-TC-TABLE-DATA.
           05  WS-TC-ENTRY             OCCURS 22 TIMES.
               10  WS-TC-CODE          PIC 9(3).
               10  WS-TC-DESC          PIC X(24).
      *****************************************************************
      * UNPOSTABLE CODES AND THEIR FIXED REASON TEXTS (RULEBOOK 5)
      *****************************************************************
       01  WS-UPC-TABLE-DATA.
           05  FILLER PIC X(31) VALUE "TIN NOT ON FILE".
           05  FILLER PIC X(31) VALUE "NAME CONTROL MISMATCH".
           05  FILLER PIC X(31) VALUE "TIN ALREADY ON FILE".
           05  FILLER PIC X(31) VALUE "INVALID TRANSACTION CODE".
           05  FILLER PIC X(31) VALUE "INVALID DATA".
           05  FILLER PIC X(31) VALUE "NO MODULE OR NO RETURN POSTED".
           05  FILLER PIC X(31) VALUE "MODULE TABLE FULL".
           05  FILLER PIC X(31) VALUE "ABATEMENT EXCEEDS ASSESSMENT".
           05  FILLER PIC X(31) VALUE "OUT OF SEQUENCE".
           05  FILLER PIC X(31) VALUE "FIELD OVERFLOW".
       01  WS-UPC-TABLE REDEFINES WS-UPC-TABLE-DATA.
           05  WS-UPC-REASON           PIC X(31)   OCCURS 10 TIMES.
      *****************************************************************
      * NOTICE CODES AND REFUND METHODS, IN REPORT ORDER
      *****************************************************************
       01  WS-NOTICE-CODE-DATA         PIC X(20)   VALUE
                                       "CP14 CP501CP503CP504".
       01  WS-NOTICE-CODE-TABLE REDEFINES WS-NOTICE-CODE-DATA.
           05  WS-NOTICE-CODE          PIC X(5)    OCCURS 4 TIMES.
       01  WS-METHOD-DATA.
           05  FILLER PIC X(17) VALUE "DDIRECT DEPOSIT".
           05  FILLER PIC X(17) VALUE "CPAPER CHECK".
       01  WS-METHOD-TABLE REDEFINES WS-METHOD-DATA.
           05  WS-METHOD-ENTRY         OCCURS 2 TIMES.
               10  WS-METHOD-CODE      PIC X.
               10  WS-METHOD-DESC      PIC X(16).
      *****************************************************************
      * CONTROL REPORT LINES (132 COLUMNS, 55 LINES A PAGE)
      *****************************************************************
       01  WS-REPORT-WORK.
           05  WS-PAGE-NUMBER          PIC 9(4)    VALUE ZERO.
      *    99 FORCES THE PAGE HEADER BEFORE THE FIRST LINE.
           05  WS-LINE-COUNT           PIC 99      VALUE 99.
           05  WS-LINES-PER-PAGE       PIC 99      VALUE 55.
       01  RL-PRINT-LINE               PIC X(132).
       01  RL-HEADER.
           05  FILLER                  PIC X(10)   VALUE "POSTING".
           05  FILLER                  PIC X(50)   VALUE
               "IDRS-LITE WEEKLY POSTING RUN - CONTROL REPORT".
           05  FILLER                  PIC X(6)    VALUE "CYCLE ".
           05  RL-H-CYCLE              PIC 9(6).
           05  FILLER                  PIC X(13)   VALUE
                                       "    RUN DATE ".
           05  RL-H-RUN-DATE           PIC 9999/99/99.
           05  FILLER                  PIC X(28)   VALUE SPACES.
           05  FILLER                  PIC X(5)    VALUE "PAGE ".
           05  RL-H-PAGE               PIC ZZZ9.
       01  RL-SECTION-LINE.
           05  RL-S-TITLE              PIC X(43).
           05  RL-S-COUNT-HEAD         PIC X(13).
           05  FILLER                  PIC X(3)    VALUE SPACES.
           05  RL-S-AMOUNT-HEAD        PIC X(23).
       01  RL-DETAIL-LINE.
           05  FILLER                  PIC X(2)    VALUE SPACES.
           05  RL-D-CODE               PIC X(6).
           05  FILLER                  PIC X(2)    VALUE SPACES.
           05  RL-D-DESC               PIC X(33).
           05  RL-D-COUNT              PIC Z,ZZZ,ZZZ,ZZ9.
           05  FILLER                  PIC X(3)    VALUE SPACES.
           05  RL-D-AMOUNT             PIC $$$,$$$,$$$,$$$,$$9.99-.
       01  RL-COUNT-LINE.
           05  FILLER                  PIC X(2)    VALUE SPACES.
           05  RL-C-CODE               PIC X(6).
           05  FILLER                  PIC X(2)    VALUE SPACES.
           05  RL-C-DESC               PIC X(33).
           05  RL-C-COUNT              PIC Z,ZZZ,ZZZ,ZZ9.
       01  RL-RESULT-LINE              PIC X(40).
      *****************************************************************
       PROCEDURE DIVISION.
      *****************************************************************
      * 0000-MAINLINE
      *****************************************************************
       0000-MAINLINE.
           PERFORM 1000-INITIALIZE THRU 1000-EXIT
           IF NOT WS-ABENDED
               PERFORM 2000-PROCESS-GROUP THRU 2000-EXIT
                   UNTIL (WS-MAST-EOF AND WS-TRAN-EOF)
                      OR WS-ABENDED
           END-IF
           IF NOT WS-ABENDED
               PERFORM 8000-PRINT-REPORT THRU 8000-EXIT
           END-IF
           IF NOT WS-ABENDED
               PERFORM 9000-TERMINATE THRU 9000-EXIT
           END-IF
           IF WS-ABENDED
               PERFORM 9900-ABEND THRU 9900-EXIT
           END-IF
           STOP RUN.
      *****************************************************************
      * 1000-INITIALIZE: CONTROL CARD, INPUT FILES, EDIT PASSES, THEN
      * THE OUTPUT FILES AND THE FIRST READ OF EACH INPUT.
      * RULEBOOK 7: THE ABEND CAUSES ARE CHECKED IN THIS ORDER -
      * CONTROL CARD, MASTIN MISSING, TRANSIN MISSING, MASTIN SHORT,
      * TRANSIN SHORT, THEN THE FIRST BAD MASTIN RECORD.
      * DECISION: EDIT PASSES READ BOTH INPUTS TO THE END BEFORE ANY
      * OUTPUT IS OPENED, SO THE ORDER ABOVE HOLDS WHEREVER THE FAULTS
      * SIT IN THE FILES AND A BUSINESS ABEND NEVER LEAVES A PARTIAL
      * OUTPUT BEHIND.
      *****************************************************************
       1000-INITIALIZE.
           INITIALIZE WS-COUNTERS
           PERFORM 1100-READ-CONTROL THRU 1100-EXIT
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           PERFORM 1200-OPEN-INPUTS THRU 1200-EXIT
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           PERFORM 1300-SCAN-MASTIN THRU 1300-EXIT
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           PERFORM 1400-SCAN-TRANSIN THRU 1400-EXIT
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           EVALUATE TRUE
               WHEN WS-MASTIN-HAS-SHORT
                   MOVE "MASTIN SHORT RECORD" TO WS-ABEND-CAUSE
                   SET WS-ABENDED TO TRUE
               WHEN WS-TRANSIN-HAS-SHORT
                   MOVE "TRANSIN SHORT RECORD" TO WS-ABEND-CAUSE
                   SET WS-ABENDED TO TRUE
               WHEN WS-MASTIN-FAULT NOT = SPACES
                   MOVE WS-MASTIN-FAULT TO WS-ABEND-CAUSE
                   SET WS-ABENDED TO TRUE
           END-EVALUATE
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           PERFORM 1500-REOPEN-INPUTS THRU 1500-EXIT
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           PERFORM 1600-SET-RUN-CONSTANTS
           PERFORM 1700-OPEN-OUTPUTS THRU 1700-EXIT
           IF WS-ABENDED
               GO TO 1000-EXIT
           END-IF
           PERFORM 4100-READ-MASTIN THRU 4100-EXIT
           IF NOT WS-ABENDED
               PERFORM 4200-READ-TRANSIN THRU 4200-EXIT
           END-IF.
       1000-EXIT.
           EXIT.
      *****************************************************************
      * 1100-READ-CONTROL: EXACTLY ONE 80-BYTE CARD, ALL FIELDS
      * NUMERIC, A VALID RUN DATE AND A WEEK 01-52 (RULEBOOK 7).
      *****************************************************************
       1100-READ-CONTROL.
           MOVE "CONTROL CARD INVALID" TO WS-ABEND-CAUSE
           OPEN INPUT CONTROL-FILE
           IF WS-CONTROL-STATUS NOT = "00"
               SET WS-ABENDED TO TRUE
               GO TO 1100-EXIT
           END-IF
           READ CONTROL-FILE INTO CTL-CARD
           IF WS-CONTROL-STATUS NOT = "00"
               SET WS-ABENDED TO TRUE
               CLOSE CONTROL-FILE
               GO TO 1100-EXIT
           END-IF
           ADD 1 TO WS-CONTROL-READ
      *    DECISION: THE SECOND READ MUST SAY END OF FILE; A SECOND
      *    CARD, EVEN A SHORT ONE (STATUS 04), MAKES THE CARD INVALID.
           READ CONTROL-FILE
           IF WS-CONTROL-STATUS NOT = "10"
               SET WS-ABENDED TO TRUE
               CLOSE CONTROL-FILE
               GO TO 1100-EXIT
           END-IF
      *    DECISION: THE STATUS OF AN INPUT CLOSE IS NOT CHECKED: IT
      *    LOSES NOTHING, AND GNUCOBOL 3.1.2 GIVES 00 EVEN WHEN THE
      *    SYSTEM CLOSE FAILS (MEASURED, DOCS/POSTING-DECISIONS.MD).
           CLOSE CONTROL-FILE
           IF CTL-RUN-CYCLE NOT NUMERIC
              OR CTL-RUN-DATE NOT NUMERIC
              OR CTL-INTEREST-RATE NOT NUMERIC
               SET WS-ABENDED TO TRUE
               GO TO 1100-EXIT
           END-IF
           IF NOT CTL-WEEK-VALID
               SET WS-ABENDED TO TRUE
               GO TO 1100-EXIT
           END-IF
           MOVE CTL-RUN-DATE TO WS-VD-DATE
           PERFORM 7200-VALIDATE-DATE THRU 7200-EXIT
           IF WS-DATE-INVALID
               SET WS-ABENDED TO TRUE
               GO TO 1100-EXIT
           END-IF
           MOVE SPACES TO WS-ABEND-CAUSE.
       1100-EXIT.
           EXIT.
      *****************************************************************
      * 1200-OPEN-INPUTS: A MISSING FILE FAILS TO OPEN (STATUS 35).
      * AN EMPTY FILE OPENS AND IS VALID.
      * DECISION: ANY OTHER OPEN FAILURE IS REPORTED AS MISSING TOO.
      *****************************************************************
       1200-OPEN-INPUTS.
           OPEN INPUT MASTIN-FILE
           IF WS-MASTIN-STATUS NOT = "00"
               MOVE "MASTIN MISSING" TO WS-ABEND-CAUSE
               SET WS-ABENDED TO TRUE
               GO TO 1200-EXIT
           END-IF
           OPEN INPUT TRANSIN-FILE
           IF WS-TRANSIN-STATUS NOT = "00"
               MOVE "TRANSIN MISSING" TO WS-ABEND-CAUSE
               SET WS-ABENDED TO TRUE
               CLOSE MASTIN-FILE
               GO TO 1200-EXIT
           END-IF
           SET WS-INPUTS-OPEN TO TRUE.
       1200-EXIT.
           EXIT.
      *****************************************************************
      * 1300-SCAN-MASTIN: EDIT PASS OVER THE WHOLE MASTER.  NOTES THE
      * SHORT LAST RECORD (STATUS 04) AND THE FIRST BAD RECORD.
      * DECISION: RECORDS ARE JUDGED IN FILE ORDER AND THE FIRST BAD
      * ONE NAMES THE CAUSE.  WITHIN A RECORD, A NUMERIC TIN NOT ABOVE
      * THE PREVIOUS TIN IS "OUT OF SEQUENCE" (CHECKED FIRST, RULEBOOK
      * 7 ORDER); A NON-NUMERIC TIN CANNOT BE PUT IN SEQUENCE AND IS
      * "INVALID RECORD", AS IS A MODULE-COUNT NOT NUMERIC OR ABOVE 4.
      * DECISION (POSTING-DECISIONS A9): SO IS A RECORD WITH A FIELD
      * THE RUN KEEPS AS A NUMBER THAT FAILS THE NUMERIC CLASS TEST:
      * THE TWO CYCLES, AND EVERY DISPLAY AND PACKED NUMBER OF A
      * MODULE IN USE (SLOTS 1 TO MODULE-COUNT).  WITHOUT IT GNUCOBOL
      * POSTS ON: A PACKED SIGN NIBBLE A/B/E/0/5 READS AS POSITIVE,
      * A DIGIT NIBBLE ABOVE 9 IS ARITHMETIC ON UNDEFINED DIGITS, A
      * LETTER IN A PERIOD OR STATUS IS COMPARED AS TEXT (PROBED).
      * A PACKED SIGN F IS NOT NUMERIC IN A SIGNED FIELD (GNUCOBOL
      * 3.1.2, PROBED); THE PROGRAM WRITES ONLY C AND D.  ZIP, FILING
      * STATUS AND BANK RTN ARE COPIED AS GIVEN (7600 JUDGES THE RTN).
      *****************************************************************
       1300-SCAN-MASTIN.
           MOVE "N" TO WS-SCAN-EOF-SW
           MOVE LOW-VALUES TO WS-PREV-MAST-KEY
           PERFORM 1310-SCAN-ONE-MASTER THRU 1310-EXIT
               UNTIL WS-SCAN-EOF OR WS-ABENDED.
       1300-EXIT.
           EXIT.
       1310-SCAN-ONE-MASTER.
           READ MASTIN-FILE
           EVALUATE TRUE
               WHEN WS-MASTIN-OK
                   CONTINUE
               WHEN WS-MASTIN-AT-END
                   SET WS-SCAN-EOF TO TRUE
                   GO TO 1310-EXIT
               WHEN WS-MASTIN-SHORT
                   SET WS-MASTIN-HAS-SHORT TO TRUE
                   SET WS-SCAN-EOF TO TRUE
                   GO TO 1310-EXIT
               WHEN OTHER
                   MOVE "MASTIN" TO WS-IO-DDNAME
                   MOVE WS-MASTIN-STATUS TO WS-IO-STATUS
                   PERFORM 9800-IO-ERROR
                   GO TO 1310-EXIT
           END-EVALUATE
           IF WS-MASTIN-FAULT NOT = SPACES
               GO TO 1310-EXIT
           END-IF
           IF MI-TIN IS NUMERIC
              AND WS-PREV-MAST-KEY NOT = LOW-VALUES
              AND MI-TIN-X NOT > WS-PREV-MAST-KEY
               MOVE "MASTIN OUT OF SEQUENCE" TO WS-MASTIN-FAULT
               GO TO 1310-EXIT
           END-IF
           IF MI-TIN IS NOT NUMERIC
              OR MI-MODULE-COUNT IS NOT NUMERIC
               MOVE "MASTIN INVALID RECORD" TO WS-MASTIN-FAULT
               GO TO 1310-EXIT
           END-IF
           IF MI-MODULE-COUNT > 4
               MOVE "MASTIN INVALID RECORD" TO WS-MASTIN-FAULT
               GO TO 1310-EXIT
           END-IF
      *    TA-ACCOUNT IS FREE UNTIL THE MERGE MOVES THE FIRST MASTER IN.
           MOVE MASTIN-REC TO TA-ACCOUNT
           IF TA-ESTABLISHED-CYCLE IS NOT NUMERIC
              OR TA-LAST-UPDATE-CYCLE IS NOT NUMERIC
               MOVE "MASTIN INVALID RECORD" TO WS-MASTIN-FAULT
               GO TO 1310-EXIT
           END-IF
           PERFORM 1320-SCAN-ONE-MODULE
               VARYING TA-MX FROM 1 BY 1
               UNTIL TA-MX > TA-MODULE-COUNT
                  OR WS-MASTIN-FAULT NOT = SPACES
           IF WS-MASTIN-FAULT NOT = SPACES
               GO TO 1310-EXIT
           END-IF
           MOVE MI-TIN-X TO WS-PREV-MAST-KEY.
       1310-EXIT.
           EXIT.
       1320-SCAN-ONE-MODULE.
           IF TA-TAX-PERIOD (TA-MX) IS NOT NUMERIC
              OR TA-STATUS (TA-MX) IS NOT NUMERIC
              OR TA-STATUS-CYCLE (TA-MX) IS NOT NUMERIC
              OR TA-RETURN-DATE (TA-MX) IS NOT NUMERIC
              OR TA-TAX-ASSESSED (TA-MX) IS NOT NUMERIC
              OR TA-CREDITS (TA-MX) IS NOT NUMERIC
              OR TA-FTF-PENALTY (TA-MX) IS NOT NUMERIC
              OR TA-FTP-PENALTY (TA-MX) IS NOT NUMERIC
              OR TA-INTEREST (TA-MX) IS NOT NUMERIC
              OR TA-BALANCE (TA-MX) IS NOT NUMERIC
              OR TA-INTEREST-DATE (TA-MX) IS NOT NUMERIC
              OR TA-NOTICE-CYCLE (TA-MX) IS NOT NUMERIC
              OR TA-LAST-TC (TA-MX) IS NOT NUMERIC
              OR TA-LAST-ACTIVITY (TA-MX) IS NOT NUMERIC
               MOVE "MASTIN INVALID RECORD" TO WS-MASTIN-FAULT
           END-IF.
      *****************************************************************
      * 1400-SCAN-TRANSIN: EDIT PASS, ONLY FOR A SHORT LAST RECORD.
      *****************************************************************
       1400-SCAN-TRANSIN.
           MOVE "N" TO WS-SCAN-EOF-SW
           PERFORM 1410-SCAN-ONE-CARD THRU 1410-EXIT
               UNTIL WS-SCAN-EOF OR WS-ABENDED.
       1400-EXIT.
           EXIT.
       1410-SCAN-ONE-CARD.
           READ TRANSIN-FILE
           EVALUATE TRUE
               WHEN WS-TRANSIN-OK
                   CONTINUE
               WHEN WS-TRANSIN-AT-END
                   SET WS-SCAN-EOF TO TRUE
               WHEN WS-TRANSIN-SHORT
                   SET WS-TRANSIN-HAS-SHORT TO TRUE
                   SET WS-SCAN-EOF TO TRUE
               WHEN OTHER
                   MOVE "TRANSIN" TO WS-IO-DDNAME
                   MOVE WS-TRANSIN-STATUS TO WS-IO-STATUS
                   PERFORM 9800-IO-ERROR
           END-EVALUATE.
       1410-EXIT.
           EXIT.
      *****************************************************************
      * 1500-REOPEN-INPUTS: REWIND BOTH INPUTS FOR THE POSTING PASS.
      * INPUT CLOSE STATUSES ARE NOT CHECKED (SEE 1100).
      *****************************************************************
       1500-REOPEN-INPUTS.
           CLOSE MASTIN-FILE
           OPEN INPUT MASTIN-FILE
           IF WS-MASTIN-STATUS NOT = "00"
               MOVE "MASTIN" TO WS-IO-DDNAME
               MOVE WS-MASTIN-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
               GO TO 1500-EXIT
           END-IF
           CLOSE TRANSIN-FILE
           OPEN INPUT TRANSIN-FILE
           IF WS-TRANSIN-STATUS NOT = "00"
               MOVE "TRANSIN" TO WS-IO-DDNAME
               MOVE WS-TRANSIN-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF.
       1500-EXIT.
           EXIT.
      *****************************************************************
      * 1600-SET-RUN-CONSTANTS
      *****************************************************************
       1600-SET-RUN-CONSTANTS.
           MOVE CTL-RUN-DATE TO WS-RUN-DATE
           COMPUTE WS-RUN-CYCLE-INDEX =
               CTL-RUN-YEAR * 52 + CTL-RUN-WEEK
      *    RULEBOOK 6: TRUNCATED, NOT ROUNDED, INTO V9(8).
           COMPUTE WS-DAILY-RATE = CTL-INTEREST-RATE / 360
           COMPUTE WS-RESPOND-BY = FUNCTION DATE-OF-INTEGER
               (FUNCTION INTEGER-OF-DATE (WS-RUN-DATE) + 21)
           PERFORM 7700-EMPTY-WORK-MODULE
           MOVE WM-MODULE TO WS-EMPTY-MODULE
           MOVE CTL-RUN-CYCLE TO RL-H-CYCLE
           MOVE WS-RUN-DATE TO RL-H-RUN-DATE.
      *****************************************************************
      * 1700-OPEN-OUTPUTS
      *****************************************************************
       1700-OPEN-OUTPUTS.
           SET WS-OUTPUTS-OPEN TO TRUE
           OPEN OUTPUT MASTOUT-FILE
           IF WS-MASTOUT-STATUS NOT = "00"
               MOVE "MASTOUT" TO WS-IO-DDNAME
               MOVE WS-MASTOUT-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           OPEN OUTPUT NOTICES-FILE
           IF WS-NOTICES-STATUS NOT = "00"
               MOVE "NOTICES" TO WS-IO-DDNAME
               MOVE WS-NOTICES-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           OPEN OUTPUT REFUNDS-FILE
           IF WS-REFUNDS-STATUS NOT = "00"
               MOVE "REFUNDS" TO WS-IO-DDNAME
               MOVE WS-REFUNDS-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           OPEN OUTPUT UNPOST-FILE
           IF WS-UNPOST-STATUS NOT = "00"
               MOVE "UNPOST" TO WS-IO-DDNAME
               MOVE WS-UNPOST-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           OPEN OUTPUT REPORT-FILE
           IF WS-REPORT-STATUS NOT = "00"
               MOVE "REPORT" TO WS-IO-DDNAME
               MOVE WS-REPORT-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF.
       1700-EXIT.
           EXIT.
      *****************************************************************
      * 2000-PROCESS-GROUP: ONE STEP OF THE BALANCED-LINE MERGE.  THE
      * GROUP KEY IS THE LOWER OF THE MASTER TIN AND THE NEXT CARD
      * TIN (BYTES).  THE ACCOUNT, IF ON FILE, IS TAKEN INTO
      * TA-ACCOUNT, EVERY CARD OF THE GROUP IS POSTED OR UNPOSTED IN
      * INPUT ORDER, THEN THE END-OF-ACCOUNT PASS RUNS AND THE
      * ACCOUNT IS WRITTEN.  A GROUP WITH NO ACCOUNT WRITES NOTHING.
      *****************************************************************
       2000-PROCESS-GROUP.
           EVALUATE TRUE
               WHEN WS-MAST-EOF
                   MOVE WS-TRAN-KEY TO WS-GROUP-KEY
               WHEN WS-TRAN-EOF
                   MOVE WS-MAST-KEY TO WS-GROUP-KEY
               WHEN WS-MAST-KEY < WS-TRAN-KEY
                   MOVE WS-MAST-KEY TO WS-GROUP-KEY
               WHEN OTHER
                   MOVE WS-TRAN-KEY TO WS-GROUP-KEY
           END-EVALUATE
           SET WS-ACCOUNT-ABSENT TO TRUE
           IF NOT WS-MAST-EOF
               IF WS-MAST-KEY = WS-GROUP-KEY
                   MOVE MASTIN-REC TO TA-ACCOUNT
                   SET WS-ACCOUNT-PRESENT TO TRUE
                   PERFORM 4100-READ-MASTIN THRU 4100-EXIT
               END-IF
           END-IF
           PERFORM 2100-PROCESS-TRANSACTION THRU 2100-EXIT
               UNTIL WS-TRAN-EOF
                  OR WS-ABENDED
                  OR WS-TRAN-KEY NOT = WS-GROUP-KEY
           IF WS-ACCOUNT-PRESENT AND NOT WS-ABENDED
               PERFORM 5000-END-OF-ACCOUNT THRU 5000-EXIT
               PERFORM 5900-WRITE-MASTER THRU 5900-EXIT
           END-IF.
       2000-EXIT.
           EXIT.
      *****************************************************************
      * 2100-PROCESS-TRANSACTION: VALIDATE, POST, COUNT, READ NEXT.
      *****************************************************************
       2100-PROCESS-TRANSACTION.
           MOVE SPACES TO WS-UPC
           PERFORM 2200-VALIDATE THRU 2200-EXIT
           IF WS-POSTABLE
               PERFORM 3000-POST THRU 3000-EXIT
           END-IF
           IF WS-POSTABLE
               ADD 1 TO WS-POSTED-COUNT
               ADD TR-AMOUNT TO WS-MONEY-POSTED
               MOVE WS-POSTED-TC TO WS-TALLY-TC
               COMPUTE WS-TALLY-AMOUNT = TR-AMOUNT
               PERFORM 8100-TALLY-TC
           ELSE
               PERFORM 6000-WRITE-UNPOST THRU 6000-EXIT
           END-IF
           IF NOT WS-ABENDED
               PERFORM 4200-READ-TRANSIN THRU 4200-EXIT
           END-IF.
       2100-EXIT.
           EXIT.
      *****************************************************************
      * 2200-VALIDATE: THE UNPOSTABLE CHECKS IN RULEBOOK 5 ORDER.  U09
      * WAS APPLIED WHEN THE CARD WAS READ (4200); THE FIRST CHECK
      * THAT FAILS HERE SETS WS-UPC AND ENDS THE VALIDATION.
      *****************************************************************
       2200-VALIDATE.
      *    U05 INVALID DATA
           PERFORM 2300-CHECK-DATA THRU 2300-EXIT
           IF NOT WS-POSTABLE
               GO TO 2200-EXIT
           END-IF
      *    U04 INVALID TRANSACTION CODE
           IF NOT TR-TC-KNOWN
               MOVE "U04" TO WS-UPC
               GO TO 2200-EXIT
           END-IF
           MOVE TR-TC TO WS-TC
      *    U03 TIN ALREADY ON FILE / U01 TIN NOT ON FILE.  AN ACCOUNT
      *    ESTABLISHED EARLIER IN THIS RUN IS PRESENT (SAME GROUP).
           IF TR-TC-ESTABLISH
               IF WS-ACCOUNT-PRESENT
                   MOVE "U03" TO WS-UPC
               END-IF
               GO TO 2200-EXIT
           END-IF
           IF WS-ACCOUNT-ABSENT
               MOVE "U01" TO WS-UPC
               GO TO 2200-EXIT
           END-IF
      *    U02 NAME CONTROL MISMATCH (BYTES, AGAINST THE CURRENT ONE)
           IF TR-NAME-CONTROL NOT = TA-NAME-CONTROL
               MOVE "U02" TO WS-UPC
               GO TO 2200-EXIT
           END-IF
           IF TR-TC-ENTITY
               GO TO 2200-EXIT
           END-IF
           MOVE TR-TAX-PERIOD TO WS-TAX-PERIOD
           PERFORM 2400-FIND-MODULE THRU 2400-EXIT
      *    U06 NO MODULE OR NO RETURN POSTED
           IF WS-TC-NEEDS-RETURN
               IF WS-MOD-NOT-FOUND
                   MOVE "U06" TO WS-UPC
                   GO TO 2200-EXIT
               END-IF
               IF TA-NO-RETURN (TA-MX)
                   MOVE "U06" TO WS-UPC
                   GO TO 2200-EXIT
               END-IF
           END-IF
      *    U07 MODULE TABLE FULL
           IF WS-TC-MAY-CREATE
               IF WS-MOD-NOT-FOUND AND TA-MODULES-FULL
                   MOVE "U07" TO WS-UPC
                   GO TO 2200-EXIT
               END-IF
           END-IF
      *    U08 ABATEMENT EXCEEDS ASSESSMENT
           IF TR-TC-ABATEMENT
               IF TR-AMOUNT > TA-TAX-ASSESSED (TA-MX)
                   MOVE "U08" TO WS-UPC
                   GO TO 2200-EXIT
               END-IF
           END-IF.
      *    U10 FIELD OVERFLOW IS FOUND WHILE POSTING (3000).
       2200-EXIT.
           EXIT.
      *****************************************************************
      * 2300-CHECK-DATA: U05 INVALID DATA.
      * "NON-NUMERIC" IS THE COBOL NUMERIC CLASS TEST: FOR THE SIGNED
      * AMOUNT GNUCOBOL ACCEPTS DIGITS WITH AN ASCII OVERPUNCH
      * ("P".."Y" = -0..-9) IN THE LAST BYTE ONLY; EBCDIC-STYLE
      * "{", "A"-"I", "}", "J"-"R" AND SPACES ARE NOT NUMERIC (PROBED).
      * -0 IS ZERO, NOT BELOW ZERO.
      *****************************************************************
       2300-CHECK-DATA.
           IF TR-TIN IS NOT NUMERIC
              OR TR-TC IS NOT NUMERIC
              OR TR-SEQ IS NOT NUMERIC
              OR TR-TRANS-DATE IS NOT NUMERIC
              OR TR-AMOUNT IS NOT NUMERIC
               MOVE "U05" TO WS-UPC
               GO TO 2300-EXIT
           END-IF
      *    RULEBOOK 3: CENTURY WINDOW 50, THEN THE CALENDAR CHECK.
      *    YY 50-59 GIVES 1950-1959, WHICH IS BELOW 1960: INVALID.
           IF TR-TRANS-YY < 50
               COMPUTE WS-CARD-CC-YY = 2000 + TR-TRANS-YY
           ELSE
               COMPUTE WS-CARD-CC-YY = 1900 + TR-TRANS-YY
           END-IF
           MOVE TR-TRANS-MM TO WS-CARD-MM
           MOVE TR-TRANS-DD TO WS-CARD-DD
           MOVE WS-CARD-DATE TO WS-VD-DATE
           PERFORM 7200-VALIDATE-DATE THRU 7200-EXIT
           IF WS-DATE-INVALID
               MOVE "U05" TO WS-UPC
               GO TO 2300-EXIT
           END-IF
           IF TR-AMOUNT < ZERO
               MOVE "U05" TO WS-UPC
               GO TO 2300-EXIT
           END-IF
      *    THE REMAINING CHECKS APPLY ONLY TO A TC IN THE TABLE.
           IF NOT TR-TC-KNOWN
               GO TO 2300-EXIT
           END-IF
           MOVE TR-TC TO WS-TC
           IF NOT TR-TC-ENTITY
               IF TR-TAX-PERIOD IS NOT NUMERIC
                   MOVE "U05" TO WS-UPC
                   GO TO 2300-EXIT
               END-IF
               IF TR-TAX-PERIOD-MM NOT = 12
                  OR TR-TAX-PERIOD-YYYY < 1960
                  OR TR-TAX-PERIOD-YYYY > 2098
                   MOVE "U05" TO WS-UPC
                   GO TO 2300-EXIT
               END-IF
           END-IF
           IF WS-TC-ZERO-AMOUNT AND TR-AMOUNT NOT = ZERO
               MOVE "U05" TO WS-UPC
               GO TO 2300-EXIT
           END-IF
           EVALUATE TRUE
               WHEN TR-TC-ESTABLISH
                   IF TR-ZIP IS NOT NUMERIC
                       MOVE "U05" TO WS-UPC
                   END-IF
               WHEN TR-TC-RETURN
                   IF TR-FILING-STATUS IS NOT NUMERIC
                      OR TR-BANK-RTN IS NOT NUMERIC
                       MOVE "U05" TO WS-UPC
                   END-IF
               WHEN TR-TC-MISC
                   IF TR-ACTION-CODE IS NOT NUMERIC
                       MOVE "U05" TO WS-UPC
                   END-IF
           END-EVALUATE.
       2300-EXIT.
           EXIT.
      *****************************************************************
      * 2400-FIND-MODULE: LOOKS FOR WS-TAX-PERIOD IN THE MODULE TABLE.
      * FOUND: WS-MOD-FOUND AND TA-MX POINTS AT IT.  IN ANY CASE
      * WS-INS-POS IS WHERE A NEW MODULE WOULD GO TO KEEP THE TABLE
      * IN ASCENDING TAX-PERIOD ORDER (1 + MODULES BELOW IT).
      *****************************************************************
       2400-FIND-MODULE.
           SET WS-MOD-NOT-FOUND TO TRUE
           MOVE 1 TO WS-INS-POS
           MOVE 1 TO WS-MOD-SUB
           PERFORM 2410-MATCH-MODULE
               VARYING TA-MX FROM 1 BY 1
               UNTIL TA-MX > TA-MODULE-COUNT
           SET TA-MX TO WS-MOD-SUB.
       2400-EXIT.
           EXIT.
       2410-MATCH-MODULE.
           IF TA-TAX-PERIOD (TA-MX) = WS-TAX-PERIOD
               SET WS-MOD-FOUND TO TRUE
               SET WS-MOD-SUB TO TA-MX
           END-IF
           IF TA-TAX-PERIOD (TA-MX) < WS-TAX-PERIOD
               ADD 1 TO WS-INS-POS
           END-IF.
      *****************************************************************
      * 3000-POST: APPLY ONE VALID CARD.  WS-POSTED-TC IS THE TC
      * COUNTED ON THE REPORT (976 FOR A DUPLICATE RETURN).
      *****************************************************************
       3000-POST.
           MOVE TR-TC TO WS-POSTED-TC
           EVALUATE TRUE
               WHEN TR-TC-ESTABLISH
                   PERFORM 3100-POST-ESTABLISH
               WHEN TR-TC-NAME-CHANGE
                   PERFORM 3200-POST-NAME-CHANGE
               WHEN TR-TC-ADDRESS
                   PERFORM 3300-POST-ADDRESS
               WHEN OTHER
                   PERFORM 3400-POST-TO-MODULE THRU 3400-EXIT
           END-EVALUATE
           IF WS-POSTABLE
               MOVE CTL-RUN-CYCLE TO TA-LAST-UPDATE-CYCLE
           END-IF.
       3000-EXIT.
           EXIT.
      *****************************************************************
      * 3100-POST-ESTABLISH: TC 000.  A NEW ACCOUNT IN EMPTY FORM
      * (FILLER SPACES).  THE CARD'S NAME-CONTROL IS IGNORED; THE
      * NAME CONTROL IS COMPUTED FROM THE NAME LINE (RULEBOOK 4).
      *****************************************************************
       3100-POST-ESTABLISH.
           MOVE SPACES TO TA-ACCOUNT
           MOVE TR-TIN TO TA-TIN
           MOVE TR-NAME-LINE TO TA-NAME-LINE
           MOVE TR-STATE TO TA-STATE
           MOVE TR-ZIP TO TA-ZIP
           MOVE ZERO TO TA-FILING-STATUS
           MOVE ZERO TO TA-BANK-RTN
           MOVE CTL-RUN-CYCLE TO TA-ESTABLISHED-CYCLE
           MOVE ZERO TO TA-MODULE-COUNT
           PERFORM 3110-EMPTY-ONE-SLOT
               VARYING TA-MX FROM 1 BY 1 UNTIL TA-MX > 4
           MOVE TR-NAME-LINE TO WS-NC-NAME-LINE
           PERFORM 7500-NAME-CONTROL THRU 7500-EXIT
           MOVE WS-NC-RESULT TO TA-NAME-CONTROL
           SET WS-ACCOUNT-PRESENT TO TRUE.
       3110-EMPTY-ONE-SLOT.
           MOVE WS-EMPTY-MODULE TO TA-MODULE (TA-MX).
      *****************************************************************
      * 3200-POST-NAME-CHANGE: TC 013.  THE CARD'S STATE AND ZIP ARE
      * IGNORED.
      *****************************************************************
       3200-POST-NAME-CHANGE.
           MOVE TR-NAME-LINE TO TA-NAME-LINE
           MOVE TR-NAME-LINE TO WS-NC-NAME-LINE
           PERFORM 7500-NAME-CONTROL THRU 7500-EXIT
           MOVE WS-NC-RESULT TO TA-NAME-CONTROL.
      *****************************************************************
      * 3300-POST-ADDRESS: TC 014.
      *****************************************************************
       3300-POST-ADDRESS.
           MOVE TR-STREET TO TA-STREET
           MOVE TR-CITY TO TA-CITY.
      *****************************************************************
      * 3400-POST-TO-MODULE: EVERY TC THAT TOUCHES A MODULE.  THE CARD
      * IS APPLIED TO THE WORK MODULE; ON U10 NOTHING IS STORED.
      *****************************************************************
       3400-POST-TO-MODULE.
           IF WS-MOD-FOUND
               MOVE TA-MODULE (TA-MX) TO WM-MODULE
           ELSE
               PERFORM 7700-EMPTY-WORK-MODULE
               MOVE WS-TAX-PERIOD TO WM-TAX-PERIOD
           END-IF
           EVALUATE TRUE
               WHEN TR-TC-RETURN
                   PERFORM 3500-POST-RETURN THRU 3500-EXIT
               WHEN TR-TC-ADDL-TAX
                   PERFORM 3600-POST-ADDL-TAX
               WHEN TR-TC-ABATEMENT
                   PERFORM 3610-POST-ABATEMENT
               WHEN TR-TC-EXAM-OPEN
                   SET WM-FREEZE-L-SET TO TRUE
               WHEN TR-TC-EXAM-CLOSED
                   SET WM-FREEZE-L-CLEAR TO TRUE
               WHEN TR-TC-HOLD
                   SET WM-FREEZE-R-SET TO TRUE
               WHEN TR-TC-HOLD-RELEASE
                   SET WM-FREEZE-R-CLEAR TO TRUE
               WHEN TR-TC-PAYMENT
               WHEN TR-TC-CREDIT
                   PERFORM 3700-POST-CREDIT
               WHEN TR-TC-MISC
      *            ACTION 010 SETS FREEZE A; OTHER CODES NO EFFECT.
                   IF TR-ACTION-FREEZE-A
                       SET WM-FREEZE-A-SET TO TRUE
                   END-IF
           END-EVALUATE
           IF NOT WS-POSTABLE
               GO TO 3400-EXIT
           END-IF
           MOVE WS-POSTED-TC TO WM-LAST-TC
           MOVE TR-TRANS-DATE TO WM-LAST-ACTIVITY
           IF WS-MOD-FOUND
               MOVE WM-MODULE TO TA-MODULE (TA-MX)
           ELSE
               PERFORM 3900-INSERT-MODULE
           END-IF.
       3400-EXIT.
           EXIT.
      *****************************************************************
      * 3500-POST-RETURN: TC 150.
      * A SECOND RETURN POSTS AS TC 976: FREEZE A, NO MONEY.
      * DECISION: THE 976 ALSO SETS LAST-ACTIVITY (IT IS A POSTED
      * INPUT TRANSACTION TOUCHING THE MODULE, RULEBOOK 5).
      *****************************************************************
       3500-POST-RETURN.
           IF WM-RETURN-DATE NOT = ZERO
               SET WM-FREEZE-A-SET TO TRUE
               MOVE 976 TO WS-POSTED-TC
               GO TO 3500-EXIT
           END-IF
           COMPUTE WS-NEW-ASSESSED = WM-TAX-ASSESSED + TR-AMOUNT
           COMPUTE WS-NEW-CREDITS = WM-CREDITS
           COMPUTE WS-NEW-FTF = WM-FTF-PENALTY
           MOVE ZERO TO WS-GEN-FTF
      *    FTF (RULEBOOK 6): RETURN DATE AFTER THE DUE DATE 15 APRIL
      *    OF THE YEAR AFTER THE TAX PERIOD.  MONTHS LATE CAPPED AT 5.
      *    DECISION: ON TIME, FTF-PENALTY KEEPS ITS VALUE; LATE, IT IS
      *    ASSIGNED AND THAT VALUE IS THE AMOUNT OF THE TC 166.
           COMPUTE WS-DUE-YYYY = WS-TP-YYYY + 1
           MOVE 04 TO WS-DUE-MM
           MOVE 15 TO WS-DUE-DD
           IF WS-CARD-DATE > WS-DUE-DATE
               MOVE WS-DUE-DATE TO WS-DC-FROM
               MOVE WS-CARD-DATE TO WS-DC-TO
               PERFORM 7300-DAY-COUNT
               PERFORM 7400-MONTHS-LATE
               MOVE WS-MONTHS-LATE TO WS-FTF-MONTHS
               IF WS-FTF-MONTHS > 5
                   MOVE 5 TO WS-FTF-MONTHS
               END-IF
               COMPUTE WS-FTF-BASE = WS-NEW-ASSESSED - WM-CREDITS
               IF WS-FTF-BASE < ZERO
                   MOVE ZERO TO WS-FTF-BASE
               END-IF
      *        ROUNDED: HALF AWAY FROM ZERO, TO THE CENT.
               COMPUTE WS-NEW-FTF ROUNDED =
                   WS-FTF-BASE * 0.05 * WS-FTF-MONTHS
               COMPUTE WS-GEN-FTF = WS-NEW-FTF
           END-IF
           PERFORM 3800-STORE-MONEY THRU 3800-EXIT
           IF NOT WS-POSTABLE
               GO TO 3500-EXIT
           END-IF
           MOVE WS-CARD-DATE TO WM-RETURN-DATE
      *    THE BANK FIELDS ARE TAKEN EVEN WHEN BLANK.
           MOVE TR-FILING-STATUS TO TA-FILING-STATUS
           MOVE TR-BANK-RTN TO TA-BANK-RTN
           MOVE TR-BANK-ACCT TO TA-BANK-ACCT
           IF WM-BALANCE > ZERO
               IF WM-STATUS NOT = 10
                   MOVE 10 TO WM-STATUS
                   MOVE CTL-RUN-CYCLE TO WM-STATUS-CYCLE
               END-IF
           END-IF
      *    GENERATED TC 166 IS COUNTED ONLY WHEN ABOVE ZERO.
           IF WS-GEN-FTF > ZERO
               MOVE 166 TO WS-TALLY-TC
               COMPUTE WS-TALLY-AMOUNT = WS-GEN-FTF
               PERFORM 8100-TALLY-TC
           END-IF.
       3500-EXIT.
           EXIT.
      *****************************************************************
      * 3600-POST-ADDL-TAX: TC 290 ADDS TAX AND RELEASES FREEZE A.
      * 3610-POST-ABATEMENT: TC 291 (U08 ALREADY CHECKED).
      *****************************************************************
       3600-POST-ADDL-TAX.
           COMPUTE WS-NEW-ASSESSED = WM-TAX-ASSESSED + TR-AMOUNT
           COMPUTE WS-NEW-CREDITS = WM-CREDITS
           COMPUTE WS-NEW-FTF = WM-FTF-PENALTY
           PERFORM 3800-STORE-MONEY THRU 3800-EXIT
           IF WS-POSTABLE
               SET WM-FREEZE-A-CLEAR TO TRUE
           END-IF.
       3610-POST-ABATEMENT.
           COMPUTE WS-NEW-ASSESSED = WM-TAX-ASSESSED - TR-AMOUNT
           COMPUTE WS-NEW-CREDITS = WM-CREDITS
           COMPUTE WS-NEW-FTF = WM-FTF-PENALTY
           PERFORM 3800-STORE-MONEY THRU 3800-EXIT.
      *****************************************************************
      * 3700-POST-CREDIT: TC 610 / 670 / 766 / 806 ADD TO CREDITS.
      *****************************************************************
       3700-POST-CREDIT.
           COMPUTE WS-NEW-ASSESSED = WM-TAX-ASSESSED
           COMPUTE WS-NEW-CREDITS = WM-CREDITS + TR-AMOUNT
           COMPUTE WS-NEW-FTF = WM-FTF-PENALTY
           PERFORM 3800-STORE-MONEY THRU 3800-EXIT.
      *****************************************************************
      * 3800-STORE-MONEY: U10 FIELD OVERFLOW CHECK.  THE NEW BALANCE
      * FOLLOWS THE INVARIANT; TAX-ASSESSED, CREDITS, FTF-PENALTY AND
      * BALANCE MUST EACH FIT THEIR PICTURE OR NOTHING IS STORED.
      *****************************************************************
       3800-STORE-MONEY.
           COMPUTE WS-NEW-BALANCE = WS-NEW-ASSESSED + WS-NEW-FTF
               + WM-FTP-PENALTY + WM-INTEREST - WS-NEW-CREDITS
           IF WS-NEW-ASSESSED > 999999999.99
              OR WS-NEW-ASSESSED < -999999999.99
              OR WS-NEW-CREDITS > 999999999.99
              OR WS-NEW-CREDITS < -999999999.99
              OR WS-NEW-FTF > 9999999.99
              OR WS-NEW-FTF < -9999999.99
              OR WS-NEW-BALANCE > 999999999.99
              OR WS-NEW-BALANCE < -999999999.99
               MOVE "U10" TO WS-UPC
               GO TO 3800-EXIT
           END-IF
           MOVE WS-NEW-ASSESSED TO WM-TAX-ASSESSED
           MOVE WS-NEW-CREDITS TO WM-CREDITS
           MOVE WS-NEW-FTF TO WM-FTF-PENALTY
           MOVE WS-NEW-BALANCE TO WM-BALANCE.
       3800-EXIT.
           EXIT.
      *****************************************************************
      * 3900-INSERT-MODULE: OPEN SLOT WS-INS-POS BY MOVING THE HIGHER
      * MODULES UP ONE, THEN STORE THE WORK MODULE THERE.
      *****************************************************************
       3900-INSERT-MODULE.
           PERFORM VARYING WS-SX FROM TA-MODULE-COUNT BY -1
                   UNTIL WS-SX < WS-INS-POS
               MOVE TA-MODULE (WS-SX) TO TA-MODULE (WS-SX + 1)
           END-PERFORM
           MOVE WM-MODULE TO TA-MODULE (WS-INS-POS)
           ADD 1 TO TA-MODULE-COUNT.
      *****************************************************************
      * 4100-READ-MASTIN: NEXT MASTER FOR THE MERGE (ALREADY EDITED).
      *****************************************************************
       4100-READ-MASTIN.
           READ MASTIN-FILE
           EVALUATE TRUE
               WHEN WS-MASTIN-OK
                   ADD 1 TO WS-MASTIN-READ
                   MOVE MI-TIN-X TO WS-MAST-KEY
               WHEN WS-MASTIN-AT-END
                   SET WS-MAST-EOF TO TRUE
               WHEN OTHER
                   MOVE "MASTIN" TO WS-IO-DDNAME
                   MOVE WS-MASTIN-STATUS TO WS-IO-STATUS
                   PERFORM 9800-IO-ERROR
           END-EVALUATE.
       4100-EXIT.
           EXIT.
      *****************************************************************
      * 4200-READ-TRANSIN: NEXT CARD FOR THE MERGE.  EVERY CARD READ
      * IS COUNTED AND ITS AMOUNT, WHEN NUMERIC, ADDED TO MONEY READ.
      * U09 IS CHECKED HERE, FIRST OF ALL THE CHECKS (RULEBOOK 5): A
      * CARD WHOSE TIN||SEQ (15 BYTES) IS NOT ABOVE THE HIGH-WATER
      * KEY IS UNPOSTED AT ONCE; A CARD THAT PASSES RAISES THE
      * HIGH-WATER KEY.
      * DECISION: A U09 CARD NEVER ENDS THE CURRENT GROUP, SO CARDS
      * 7/1, 6/9, 7/2 POST 7/1 AND 7/2 TO THE SAME ACCOUNT 7 (THE
      * RULEBOOK'S "TIN NOT ON FILE" CANNOT HIT AN ACCOUNT ON FILE).
      *****************************************************************
       4200-READ-TRANSIN.
           READ TRANSIN-FILE INTO TR-RECORD
           EVALUATE TRUE
               WHEN WS-TRANSIN-OK
                   CONTINUE
               WHEN WS-TRANSIN-AT-END
                   SET WS-TRAN-EOF TO TRUE
                   GO TO 4200-EXIT
               WHEN OTHER
                   MOVE "TRANSIN" TO WS-IO-DDNAME
                   MOVE WS-TRANSIN-STATUS TO WS-IO-STATUS
                   PERFORM 9800-IO-ERROR
                   GO TO 4200-EXIT
           END-EVALUATE
           ADD 1 TO WS-TRANSIN-READ
           IF TR-AMOUNT IS NUMERIC
               ADD TR-AMOUNT TO WS-MONEY-READ
           END-IF
           MOVE TR-RECORD (1:9) TO WS-CARD-KEY-TIN
           MOVE TR-RECORD (40:6) TO WS-CARD-KEY-SEQ
           IF WS-CARD-KEY NOT > WS-HIGH-WATER-KEY
               MOVE "U09" TO WS-UPC
               PERFORM 6000-WRITE-UNPOST THRU 6000-EXIT
               IF WS-ABENDED
                   GO TO 4200-EXIT
               END-IF
               GO TO 4200-READ-TRANSIN
           END-IF
           MOVE WS-CARD-KEY TO WS-HIGH-WATER-KEY
           MOVE WS-CARD-KEY-TIN TO WS-TRAN-KEY.
       4200-EXIT.
           EXIT.
      *****************************************************************
      * 5000-END-OF-ACCOUNT (RULEBOOK 6): ONE PASS OVER THE MODULES IN
      * ORDER, EACH JUDGED ON ITS VALUES WHEN REACHED.  ONLY A MODULE
      * WITH A RETURN POSTED IS JUDGED AT ALL.
      *****************************************************************
       5000-END-OF-ACCOUNT.
           PERFORM 5100-JUDGE-MODULE THRU 5100-EXIT
               VARYING TA-MX FROM 1 BY 1
               UNTIL TA-MX > TA-MODULE-COUNT.
       5000-EXIT.
           EXIT.
       5100-JUDGE-MODULE.
           IF TA-NO-RETURN (TA-MX)
               GO TO 5100-EXIT
           END-IF
           EVALUATE TRUE
      *        1. BALANCE DUE: NOTICE STEP UNLESS FREEZE A OR L.
               WHEN TA-BALANCE (TA-MX) > ZERO
                   IF TA-FREEZE-A-CLEAR (TA-MX)
                      AND TA-FREEZE-L-CLEAR (TA-MX)
                       PERFORM 5200-NOTICE-STEP THRU 5200-EXIT
                   END-IF
      *        2. SETTLED.
               WHEN TA-BALANCE (TA-MX) = ZERO
                   SET WS-SET-SUB TO TA-MX
                   MOVE 12 TO WS-NEW-STATUS
                   PERFORM 5800-SET-STATUS
      *        3. CREDIT: OFFSET AND REFUND UNLESS ANY FREEZE.
      *        DECISION: ANY NON-BLANK FREEZE BYTE COUNTS AS SET.
               WHEN OTHER
                   IF TA-FREEZE-A-CLEAR (TA-MX)
                      AND TA-FREEZE-L-CLEAR (TA-MX)
                      AND TA-FREEZE-R-CLEAR (TA-MX)
                       PERFORM 5500-OFFSET-AND-REFUND THRU 5500-EXIT
                   END-IF
           END-EVALUATE.
       5100-EXIT.
           EXIT.
      *****************************************************************
      * 5200-NOTICE-STEP: DECIDE WHETHER A NOTICE IS DUE; IF SO ASSESS
      * INTEREST AND FTP, THEN WRITE THE NOTICE.
      *****************************************************************
       5200-NOTICE-STEP.
      *    A RETURN POSTED WITH A BALANCE THIS RUN WAITS A WEEK.
           IF TA-ST-BALANCE-DUE (TA-MX)
              AND TA-STATUS-CYCLE (TA-MX) = CTL-RUN-CYCLE
               GO TO 5200-EXIT
           END-IF
           IF TA-NO-NOTICE (TA-MX)
               MOVE "CP14 " TO WS-NEXT-NOTICE
               MOVE 21 TO WS-NEW-STATUS
           ELSE
               MOVE TA-NOTICE-CYCLE (TA-MX) TO WS-CYCLE-WORK
               COMPUTE WS-CYCLES-SINCE = WS-RUN-CYCLE-INDEX
                   - (WS-CW-YYYY * 52 + WS-CW-CC)
               IF WS-CYCLES-SINCE < 5
                   GO TO 5200-EXIT
               END-IF
               EVALUATE TA-LAST-NOTICE (TA-MX)
                   WHEN "CP14 "
                       MOVE "CP501" TO WS-NEXT-NOTICE
                       MOVE 54 TO WS-NEW-STATUS
                   WHEN "CP501"
                       MOVE "CP503" TO WS-NEXT-NOTICE
                       MOVE 56 TO WS-NEW-STATUS
                   WHEN "CP503"
                       MOVE "CP504" TO WS-NEXT-NOTICE
                       MOVE 58 TO WS-NEW-STATUS
                   WHEN "CP504"
      *                END OF THE STREAM: STATUS 22, NO NOTICE, NO
      *                INTEREST OR FTP.
                       SET WS-SET-SUB TO TA-MX
                       MOVE 22 TO WS-NEW-STATUS
                       PERFORM 5800-SET-STATUS
                       GO TO 5200-EXIT
                   WHEN OTHER
      *                DECISION: AN UNKNOWN LAST-NOTICE: NO NOTICE.
                       GO TO 5200-EXIT
               END-EVALUATE
           END-IF
           PERFORM 5300-ASSESS THRU 5300-EXIT
           IF WS-ASSESS-OVERFLOW
               ADD 1 TO WS-OVERFLOW-COUNT
               GO TO 5200-EXIT
           END-IF
      *    EVERY NEW VALUE FITS: STORE THEM.
      *    DECISION: INTEREST-DATE MOVES WHENEVER DAYS > 0, EVEN WHEN
      *    THE INTEREST TRUNCATES TO 0.00 (NO TC 196 IS COUNTED THEN).
           IF WS-INT-DAYS > ZERO
               MOVE WS-RUN-DATE TO TA-INTEREST-DATE (TA-MX)
           END-IF
           MOVE WS-NEW-INTEREST TO TA-INTEREST (TA-MX)
           MOVE WS-NEW-FTP TO TA-FTP-PENALTY (TA-MX)
           SET WS-BAL-SUB TO TA-MX
           PERFORM 5700-RECOMPUTE-BALANCE
           IF WS-INT-THIS > ZERO
               MOVE 196 TO WS-TALLY-TC
               COMPUTE WS-TALLY-AMOUNT = WS-INT-THIS
               PERFORM 8100-TALLY-TC
           END-IF
           IF WS-FTP-THIS > ZERO
               MOVE 276 TO WS-TALLY-TC
               COMPUTE WS-TALLY-AMOUNT = WS-FTP-THIS
               PERFORM 8100-TALLY-TC
           END-IF
           PERFORM 5400-WRITE-NOTICE THRU 5400-EXIT
           MOVE WS-NEXT-NOTICE TO TA-LAST-NOTICE (TA-MX)
           MOVE CTL-RUN-CYCLE TO TA-NOTICE-CYCLE (TA-MX)
           SET WS-SET-SUB TO TA-MX
           PERFORM 5800-SET-STATUS.
       5200-EXIT.
           EXIT.
      *****************************************************************
      * 5300-ASSESS: INTEREST (TC 196) ON THE BALANCE BEFORE THIS
      * WEEK'S FTP, THEN FTP (TC 276), BOTH UP TO THE RUN DATE, INTO
      * WORK FIELDS.  WS-ASSESS-OVERFLOW WHEN ONE DOES NOT FIT.
      *****************************************************************
       5300-ASSESS.
           SET WS-ASSESS-FITS TO TRUE
           MOVE ZERO TO WS-INT-THIS
           MOVE ZERO TO WS-FTP-THIS
           MOVE TA-TAX-PERIOD (TA-MX) TO WS-TAX-PERIOD
           COMPUTE WS-DUE-YYYY = WS-TP-YYYY + 1
           MOVE 04 TO WS-DUE-MM
           MOVE 15 TO WS-DUE-DD
      *    INTEREST: DAYS FROM MAX(INTEREST-DATE, DUE DATE).
           IF TA-INTEREST-DATE (TA-MX) > WS-DUE-DATE
               MOVE TA-INTEREST-DATE (TA-MX) TO WS-DC-FROM
           ELSE
               MOVE WS-DUE-DATE TO WS-DC-FROM
           END-IF
           MOVE WS-RUN-DATE TO WS-DC-TO
           PERFORM 7300-DAY-COUNT
           MOVE WS-DC-DAYS TO WS-INT-DAYS
           IF WS-INT-DAYS > ZERO
      *        TRUNCATED TO THE CENT (NO ROUNDED).
               COMPUTE WS-INT-THIS = TA-BALANCE (TA-MX)
                   * WS-DAILY-RATE * WS-INT-DAYS
           END-IF
           COMPUTE WS-NEW-INTEREST = TA-INTEREST (TA-MX)
               + WS-INT-THIS
      *    FTP: MONTHS LATE FROM THE DUE DATE TO THE RUN DATE.
           MOVE WS-DUE-DATE TO WS-DC-FROM
           MOVE WS-RUN-DATE TO WS-DC-TO
           PERFORM 7300-DAY-COUNT
           PERFORM 7400-MONTHS-LATE
           MOVE WS-MONTHS-LATE TO WS-FTP-MONTHS
      *    50 MONTHS AT 0.5% IS THE 25% CAP OF RULEBOOK 6.
           IF WS-FTP-MONTHS > 50
               MOVE 50 TO WS-FTP-MONTHS
           END-IF
           COMPUTE WS-FTP-RATE = 0.005 * WS-FTP-MONTHS
           COMPUTE WS-FTP-ALLOWED ROUNDED =
               TA-TAX-ASSESSED (TA-MX) * WS-FTP-RATE
           COMPUTE WS-FTP-THIS = WS-FTP-ALLOWED
               - TA-FTP-PENALTY (TA-MX)
           IF WS-FTP-THIS < ZERO
               MOVE ZERO TO WS-FTP-THIS
           END-IF
           COMPUTE WS-NEW-FTP = TA-FTP-PENALTY (TA-MX) + WS-FTP-THIS
           COMPUTE WS-NEW-BALANCE = TA-TAX-ASSESSED (TA-MX)
               + TA-FTF-PENALTY (TA-MX) + WS-NEW-FTP
               + WS-NEW-INTEREST - TA-CREDITS (TA-MX)
           IF WS-NEW-INTEREST > 9999999.99
              OR WS-NEW-INTEREST < -9999999.99
              OR WS-NEW-FTP > 9999999.99
              OR WS-NEW-FTP < -9999999.99
              OR WS-NEW-BALANCE > 999999999.99
              OR WS-NEW-BALANCE < -999999999.99
               SET WS-ASSESS-OVERFLOW TO TRUE
           END-IF.
       5300-EXIT.
           EXIT.
      *****************************************************************
      * 5400-WRITE-NOTICE
      *****************************************************************
       5400-WRITE-NOTICE.
           MOVE TA-TIN TO NT-TIN
           MOVE WS-NEXT-NOTICE TO NT-NOTICE-CODE
           MOVE TA-TAX-PERIOD (TA-MX) TO NT-TAX-PERIOD
           MOVE TA-NAME-LINE TO NT-NAME-LINE
           MOVE TA-STREET TO NT-STREET
           MOVE TA-CITY TO NT-CITY
           MOVE TA-STATE TO NT-STATE
           MOVE TA-ZIP TO NT-ZIP
           MOVE TA-BALANCE (TA-MX) TO NT-BALANCE-DUE
           MOVE WS-FTP-THIS TO NT-FTP-THIS
           MOVE WS-INT-THIS TO NT-INTEREST-THIS
           MOVE CTL-RUN-CYCLE TO NT-CYCLE
           MOVE WS-RESPOND-BY TO NT-RESPOND-BY
           WRITE NOTICES-REC FROM NT-RECORD
           IF WS-NOTICES-STATUS NOT = "00"
               MOVE "NOTICES" TO WS-IO-DDNAME
               MOVE WS-NOTICES-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
               GO TO 5400-EXIT
           END-IF
           ADD 1 TO WS-NOTICES-WRITTEN
           PERFORM VARYING WS-NSUB FROM 1 BY 1 UNTIL WS-NSUB > 4
               IF WS-NOTICE-CODE (WS-NSUB) = WS-NEXT-NOTICE
                   ADD 1 TO WS-NOTICE-COUNT (WS-NSUB)
               END-IF
           END-PERFORM.
       5400-EXIT.
           EXIT.
      *****************************************************************
      * 5500-OFFSET-AND-REFUND: THE CREDIT OF MODULE TA-MX GOES FIRST
      * TO EVERY OTHER MODULE WITH A BALANCE DUE, IN ASCENDING TAX
      * PERIOD (TC 826 OUT / TC 706 IN), THEN A CREDIT LEFT OF 1.00 OR
      * MORE IS REFUNDED (TC 846).  A MODULE WHOSE BALANCE BECOMES
      * ZERO HERE GOES TO STATUS 12 AT ONCE.
      *****************************************************************
       5500-OFFSET-AND-REFUND.
           SET WS-SRC-SUB TO TA-MX
           COMPUTE WS-CREDIT-LEFT = ZERO - TA-BALANCE (TA-MX)
           PERFORM 5510-OFFSET-ONE THRU 5510-EXIT
               VARYING WS-TX FROM 1 BY 1
               UNTIL WS-TX > TA-MODULE-COUNT
           IF WS-CREDIT-LEFT NOT < 1.00
               PERFORM 5600-REFUND THRU 5600-EXIT
           END-IF
           IF TA-BALANCE (WS-SRC-SUB) = ZERO
               MOVE WS-SRC-SUB TO WS-SET-SUB
               MOVE 12 TO WS-NEW-STATUS
               PERFORM 5800-SET-STATUS
           END-IF.
       5500-EXIT.
           EXIT.
       5510-OFFSET-ONE.
           IF WS-TX = WS-SRC-SUB
              OR WS-CREDIT-LEFT NOT > ZERO
               GO TO 5510-EXIT
           END-IF
           IF TA-BALANCE (WS-TX) NOT > ZERO
               GO TO 5510-EXIT
           END-IF
           IF TA-BALANCE (WS-TX) < WS-CREDIT-LEFT
               COMPUTE WS-OFFSET-AMT = TA-BALANCE (WS-TX)
           ELSE
               COMPUTE WS-OFFSET-AMT = WS-CREDIT-LEFT
           END-IF
      *    DECISION: AN OFFSET THAT WOULD OVERFLOW THE TARGET'S
      *    CREDITS IS SKIPPED AND COUNTED AS AN ASSESSMENT OVERFLOW.
           COMPUTE WS-NEW-CREDITS = TA-CREDITS (WS-TX) + WS-OFFSET-AMT
           IF WS-NEW-CREDITS > 999999999.99
               ADD 1 TO WS-OVERFLOW-COUNT
               GO TO 5510-EXIT
           END-IF
           COMPUTE TA-CREDITS (WS-TX) = WS-NEW-CREDITS
           MOVE WS-TX TO WS-BAL-SUB
           PERFORM 5700-RECOMPUTE-BALANCE
           COMPUTE TA-CREDITS (WS-SRC-SUB) =
               TA-CREDITS (WS-SRC-SUB) - WS-OFFSET-AMT
           MOVE WS-SRC-SUB TO WS-BAL-SUB
           PERFORM 5700-RECOMPUTE-BALANCE
           COMPUTE WS-CREDIT-LEFT = WS-CREDIT-LEFT - WS-OFFSET-AMT
           MOVE 826 TO WS-TALLY-TC
           COMPUTE WS-TALLY-AMOUNT = WS-OFFSET-AMT
           PERFORM 8100-TALLY-TC
           MOVE 706 TO WS-TALLY-TC
           PERFORM 8100-TALLY-TC
           IF TA-BALANCE (WS-TX) = ZERO
               MOVE WS-TX TO WS-SET-SUB
               MOVE 12 TO WS-NEW-STATUS
               PERFORM 5800-SET-STATUS
           END-IF.
       5510-EXIT.
           EXIT.
      *****************************************************************
      * 5600-REFUND: TC 846 FOR THE CREDIT LEFT.  DIRECT DEPOSIT WHEN
      * THE ACCOUNT'S ROUTING NUMBER PASSES THE ABA CHECK AND THE
      * BANK ACCOUNT IS NOT BLANK, ELSE A PAPER CHECK (RTN ZEROS, ACCT
      * SPACES).
      *****************************************************************
       5600-REFUND.
           COMPUTE TA-CREDITS (WS-SRC-SUB) =
               TA-CREDITS (WS-SRC-SUB) - WS-CREDIT-LEFT
           MOVE WS-SRC-SUB TO WS-BAL-SUB
           PERFORM 5700-RECOMPUTE-BALANCE
           MOVE 846 TO WS-TALLY-TC
           COMPUTE WS-TALLY-AMOUNT = WS-CREDIT-LEFT
           PERFORM 8100-TALLY-TC
           PERFORM 7600-ABA-CHECK THRU 7600-EXIT
           MOVE TA-TIN TO RF-TIN
           MOVE TA-TAX-PERIOD (WS-SRC-SUB) TO RF-TAX-PERIOD
           MOVE WS-CREDIT-LEFT TO RF-AMOUNT
           IF WS-ABA-GOOD
               SET RF-DIRECT-DEPOSIT TO TRUE
               MOVE TA-BANK-RTN TO RF-BANK-RTN
               MOVE TA-BANK-ACCT TO RF-BANK-ACCT
               MOVE 1 TO WS-RSUB
           ELSE
               SET RF-PAPER-CHECK TO TRUE
               MOVE ZERO TO RF-BANK-RTN
               MOVE SPACES TO RF-BANK-ACCT
               MOVE 2 TO WS-RSUB
           END-IF
           MOVE TA-NAME-LINE TO RF-NAME-LINE
           MOVE TA-STREET TO RF-STREET
           MOVE TA-CITY TO RF-CITY
           MOVE TA-STATE TO RF-STATE
           MOVE TA-ZIP TO RF-ZIP
           MOVE CTL-RUN-CYCLE TO RF-CYCLE
           WRITE REFUNDS-REC FROM RF-RECORD
           IF WS-REFUNDS-STATUS NOT = "00"
               MOVE "REFUNDS" TO WS-IO-DDNAME
               MOVE WS-REFUNDS-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
               GO TO 5600-EXIT
           END-IF
           ADD 1 TO WS-REFUNDS-WRITTEN
           ADD 1 TO WS-REFUND-COUNT (WS-RSUB)
           ADD WS-CREDIT-LEFT TO WS-REFUND-AMOUNT (WS-RSUB)
           MOVE ZERO TO WS-CREDIT-LEFT.
       5600-EXIT.
           EXIT.
      *****************************************************************
      * 5700-RECOMPUTE-BALANCE: THE INVARIANT, FOR MODULE WS-BAL-SUB.
      *****************************************************************
       5700-RECOMPUTE-BALANCE.
           COMPUTE TA-BALANCE (WS-BAL-SUB) =
               TA-TAX-ASSESSED (WS-BAL-SUB)
               + TA-FTF-PENALTY (WS-BAL-SUB)
               + TA-FTP-PENALTY (WS-BAL-SUB)
               + TA-INTEREST (WS-BAL-SUB)
               - TA-CREDITS (WS-BAL-SUB).
      *****************************************************************
      * 5800-SET-STATUS: MODULE WS-SET-SUB TO STATUS WS-NEW-STATUS.
      * STATUS AND STATUS-CYCLE ARE WRITTEN ONLY ON A CHANGE.  ENTERING
      * STATUS 12 CLEARS THE NOTICE STREAM AND RESTARTS INTEREST FROM
      * THE RUN DATE.
      *****************************************************************
       5800-SET-STATUS.
           IF TA-STATUS (WS-SET-SUB) NOT = WS-NEW-STATUS
               MOVE WS-NEW-STATUS TO TA-STATUS (WS-SET-SUB)
               MOVE CTL-RUN-CYCLE TO TA-STATUS-CYCLE (WS-SET-SUB)
               IF WS-NEW-STATUS = 12
                   MOVE SPACES TO TA-LAST-NOTICE (WS-SET-SUB)
                   MOVE ZERO TO TA-NOTICE-CYCLE (WS-SET-SUB)
                   MOVE WS-RUN-DATE TO TA-INTEREST-DATE (WS-SET-SUB)
               END-IF
           END-IF.
      *****************************************************************
      * 5900-WRITE-MASTER: SLOTS ABOVE MODULE-COUNT IN EMPTY FORM; THE
      * TRAILING FILLER IS AS READ FROM MASTIN (SPACES WHEN NEW).
      *****************************************************************
       5900-WRITE-MASTER.
           COMPUTE WS-FIRST-EMPTY = TA-MODULE-COUNT + 1
           PERFORM 3110-EMPTY-ONE-SLOT
               VARYING TA-MX FROM WS-FIRST-EMPTY BY 1
               UNTIL TA-MX > 4
           WRITE MASTOUT-REC FROM TA-ACCOUNT
           IF WS-MASTOUT-STATUS NOT = "00"
               MOVE "MASTOUT" TO WS-IO-DDNAME
               MOVE WS-MASTOUT-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
               GO TO 5900-EXIT
           END-IF
           ADD 1 TO WS-MASTOUT-WRITTEN.
       5900-EXIT.
           EXIT.
      *****************************************************************
      * 6000-WRITE-UNPOST: THE CARD AS READ, ITS UPC AND REASON.
      *****************************************************************
       6000-WRITE-UNPOST.
           MOVE TR-RECORD TO UP-TRANS-IMAGE
           MOVE WS-UPC TO UP-UPC
           MOVE CTL-RUN-CYCLE TO UP-CYCLE
           MOVE WS-UPC (2:2) TO WS-UPC-NUM
           MOVE WS-UPC-REASON (WS-UPC-NUM) TO UP-REASON
           WRITE UNPOST-REC FROM UP-RECORD
           IF WS-UNPOST-STATUS NOT = "00"
               MOVE "UNPOST" TO WS-IO-DDNAME
               MOVE WS-UNPOST-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
               GO TO 6000-EXIT
           END-IF
           ADD 1 TO WS-UNPOST-WRITTEN
           ADD 1 TO WS-UNPOSTED-COUNT
           ADD 1 TO WS-UPC-COUNT (WS-UPC-NUM)
           IF TR-AMOUNT IS NUMERIC
               ADD TR-AMOUNT TO WS-MONEY-UNPOSTED
               ADD TR-AMOUNT TO WS-UPC-AMOUNT (WS-UPC-NUM)
           END-IF.
       6000-EXIT.
           EXIT.
      *****************************************************************
      * 7200-VALIDATE-DATE: WS-VD-DATE (YYYYMMDD) IS VALID WHEN THE
      * YEAR IS 1960-2099, THE MONTH 1-12 AND THE DAY FITS THE MONTH
      * (LEAP YEAR: DIVISIBLE BY 4 AND NOT BY 100, OR BY 400).
      *****************************************************************
       7200-VALIDATE-DATE.
           SET WS-DATE-INVALID TO TRUE
           IF WS-VD-YYYY < 1960 OR WS-VD-YYYY > 2099
               GO TO 7200-EXIT
           END-IF
           IF WS-VD-MM < 1 OR WS-VD-MM > 12
               GO TO 7200-EXIT
           END-IF
           MOVE WS-MONTH-DAYS (WS-VD-MM) TO WS-VD-MONTH-DAYS
           IF WS-VD-MM = 2
               IF (FUNCTION MOD (WS-VD-YYYY, 4) = 0
                   AND FUNCTION MOD (WS-VD-YYYY, 100) NOT = 0)
                  OR FUNCTION MOD (WS-VD-YYYY, 400) = 0
                   MOVE 29 TO WS-VD-MONTH-DAYS
               END-IF
           END-IF
           IF WS-VD-DD < 1 OR WS-VD-DD > WS-VD-MONTH-DAYS
               GO TO 7200-EXIT
           END-IF
           SET WS-DATE-VALID TO TRUE.
       7200-EXIT.
           EXIT.
      *****************************************************************
      * 7300-DAY-COUNT: THE 1960S 30/360 RULE (RULEBOOK 3)
      * D = 360(YB-YA) + 30(MB-MA) + (MIN(DB,30) - MIN(DA,30))
      *****************************************************************
       7300-DAY-COUNT.
           MOVE WS-DC-FROM-DD TO WS-DC-D1
           IF WS-DC-D1 > 30
               MOVE 30 TO WS-DC-D1
           END-IF
           MOVE WS-DC-TO-DD TO WS-DC-D2
           IF WS-DC-D2 > 30
               MOVE 30 TO WS-DC-D2
           END-IF
           COMPUTE WS-DC-DAYS =
               360 * (WS-DC-TO-YYYY - WS-DC-FROM-YYYY)
               + 30 * (WS-DC-TO-MM - WS-DC-FROM-MM)
               + (WS-DC-D2 - WS-DC-D1).
      *****************************************************************
      * 7400-MONTHS-LATE: (D + 29) / 30 IN INTEGER ARITHMETIC WHEN
      * D > 0, ELSE 0.
      *****************************************************************
       7400-MONTHS-LATE.
           IF WS-DC-DAYS > ZERO
               COMPUTE WS-MONTHS-LATE = (WS-DC-DAYS + 29) / 30
           ELSE
               MOVE ZERO TO WS-MONTHS-LATE
           END-IF.
      *****************************************************************
      * 7500-NAME-CONTROL (RULEBOOK 4): SURNAME = TEXT BETWEEN THE
      * FIRST TWO "<" WHEN THERE ARE TWO OR MORE, ELSE THE LAST
      * BLANK-DELIMITED WORD.  DROP "'", ".", BLANKS AND "<"; A-Z IN
      * UPPER CASE; FIRST FOUR CHARACTERS, BLANK PADDED.
      * DECISION: EVERY OTHER CHARACTER (HYPHEN, DIGITS, OTHER
      * PUNCTUATION, BYTES ABOVE X"7F") IS KEPT AS IT IS.
      *****************************************************************
       7500-NAME-CONTROL.
           MOVE SPACES TO WS-NC-SURNAME
           MOVE SPACES TO WS-NC-RESULT
           MOVE ZERO TO WS-NC-LT-COUNT
           INSPECT WS-NC-NAME-LINE TALLYING WS-NC-LT-COUNT
               FOR ALL "<"
           IF WS-NC-LT-COUNT NOT < 2
               UNSTRING WS-NC-NAME-LINE DELIMITED BY "<"
                   INTO WS-NC-FIRST-PART WS-NC-SURNAME
               END-UNSTRING
           ELSE
               PERFORM 7510-LAST-WORD THRU 7510-EXIT
           END-IF
           INSPECT WS-NC-SURNAME CONVERTING
               "abcdefghijklmnopqrstuvwxyz"
               TO "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
           MOVE 1 TO WS-NC-PTR
           PERFORM 7520-KEEP-CHARACTER
               VARYING WS-NC-IX FROM 1 BY 1
               UNTIL WS-NC-IX > 35 OR WS-NC-PTR > 4.
       7500-EXIT.
           EXIT.
      *    THE LAST WORD: BACK OVER TRAILING BLANKS TO ITS END, THEN
      *    BACK TO THE BLANK BEFORE IT.  AN ALL-BLANK LINE GIVES AN
      *    EMPTY SURNAME.
       7510-LAST-WORD.
           MOVE 35 TO WS-NC-END
           SET WS-NC-NOT-DONE TO TRUE
           PERFORM 7511-FIND-WORD-END UNTIL WS-NC-DONE
           IF WS-NC-END = ZERO
               GO TO 7510-EXIT
           END-IF
           MOVE WS-NC-END TO WS-NC-START
           SET WS-NC-NOT-DONE TO TRUE
           PERFORM 7512-FIND-WORD-START UNTIL WS-NC-DONE
           COMPUTE WS-NC-LEN = WS-NC-END - WS-NC-START + 1
           MOVE WS-NC-NAME-LINE (WS-NC-START:WS-NC-LEN)
               TO WS-NC-SURNAME.
       7510-EXIT.
           EXIT.
       7511-FIND-WORD-END.
           IF WS-NC-END = ZERO
               SET WS-NC-DONE TO TRUE
           ELSE
               IF WS-NC-NAME-LINE (WS-NC-END:1) NOT = SPACE
                   SET WS-NC-DONE TO TRUE
               ELSE
                   SUBTRACT 1 FROM WS-NC-END
               END-IF
           END-IF.
       7512-FIND-WORD-START.
           IF WS-NC-START = 1
               SET WS-NC-DONE TO TRUE
           ELSE
               IF WS-NC-NAME-LINE (WS-NC-START - 1:1) = SPACE
                   SET WS-NC-DONE TO TRUE
               ELSE
                   SUBTRACT 1 FROM WS-NC-START
               END-IF
           END-IF.
       7520-KEEP-CHARACTER.
           MOVE WS-NC-SURNAME (WS-NC-IX:1) TO WS-NC-CHAR
           IF WS-NC-CHAR NOT = "'"
              AND WS-NC-CHAR NOT = "."
              AND WS-NC-CHAR NOT = SPACE
              AND WS-NC-CHAR NOT = "<"
               STRING WS-NC-CHAR DELIMITED BY SIZE
                   INTO WS-NC-RESULT
                   WITH POINTER WS-NC-PTR
               END-STRING
           END-IF.
      *****************************************************************
      * 7600-ABA-CHECK: ACCOUNT BANK FIELDS GOOD FOR DIRECT DEPOSIT.
      * 3(D1+D4+D7) + 7(D2+D5+D8) + (D3+D6+D9) = 0 MODULO 10.
      *****************************************************************
       7600-ABA-CHECK.
           SET WS-ABA-BAD TO TRUE
           IF TA-BANK-RTN IS NOT NUMERIC
               GO TO 7600-EXIT
           END-IF
           IF TA-BANK-RTN = ZERO OR TA-BANK-ACCT = SPACES
               GO TO 7600-EXIT
           END-IF
           COMPUTE WS-ABA-SUM =
               3 * (TA-RTN-DIGIT (1) + TA-RTN-DIGIT (4)
                    + TA-RTN-DIGIT (7))
               + 7 * (TA-RTN-DIGIT (2) + TA-RTN-DIGIT (5)
                    + TA-RTN-DIGIT (8))
               + TA-RTN-DIGIT (3) + TA-RTN-DIGIT (6)
               + TA-RTN-DIGIT (9)
           IF FUNCTION MOD (WS-ABA-SUM, 10) = 0
               SET WS-ABA-GOOD TO TRUE
           END-IF.
       7600-EXIT.
           EXIT.
      *****************************************************************
      * 7700-EMPTY-WORK-MODULE: THE EMPTY FORM OF A MODULE (RULEBOOK
      * 2): ALPHANUMERIC SPACES, DISPLAY NUMERIC ZEROS, PACKED +0.
      *****************************************************************
       7700-EMPTY-WORK-MODULE.
           MOVE ZERO TO WM-TAX-PERIOD
           MOVE ZERO TO WM-STATUS
           MOVE ZERO TO WM-STATUS-CYCLE
           MOVE SPACE TO WM-FREEZE-A
           MOVE SPACE TO WM-FREEZE-L
           MOVE SPACE TO WM-FREEZE-R
           MOVE ZERO TO WM-RETURN-DATE
           MOVE ZERO TO WM-TAX-ASSESSED
           MOVE ZERO TO WM-CREDITS
           MOVE ZERO TO WM-FTF-PENALTY
           MOVE ZERO TO WM-FTP-PENALTY
           MOVE ZERO TO WM-INTEREST
           MOVE ZERO TO WM-BALANCE
           MOVE ZERO TO WM-INTEREST-DATE
           MOVE SPACES TO WM-LAST-NOTICE
           MOVE ZERO TO WM-NOTICE-CYCLE
           MOVE ZERO TO WM-LAST-TC
           MOVE ZEROS TO WM-LAST-ACTIVITY.
      *****************************************************************
      * 8000-PRINT-REPORT: THE CONTROL REPORT (RULEBOOK 8).
      *****************************************************************
       8000-PRINT-REPORT.
           MOVE "TRANSACTIONS BY CODE" TO RL-S-TITLE
           PERFORM 8800-PRINT-SECTION-AMOUNTS
           PERFORM VARYING WS-TSUB FROM 1 BY 1 UNTIL WS-TSUB > 22
               MOVE SPACES TO RL-D-CODE
               STRING "TC " WS-TC-CODE (WS-TSUB) DELIMITED BY SIZE
                   INTO RL-D-CODE
               END-STRING
               MOVE WS-TC-DESC (WS-TSUB) TO RL-D-DESC
               MOVE WS-TC-COUNT (WS-TSUB) TO RL-D-COUNT
               MOVE WS-TC-AMOUNT (WS-TSUB) TO RL-D-AMOUNT
               MOVE RL-DETAIL-LINE TO RL-PRINT-LINE
               PERFORM 8900-PRINT-LINE
           END-PERFORM
           PERFORM 8850-PRINT-BLANK
           MOVE "UNPOSTABLES BY CODE" TO RL-S-TITLE
           PERFORM 8800-PRINT-SECTION-AMOUNTS
           PERFORM VARYING WS-TSUB FROM 1 BY 1 UNTIL WS-TSUB > 10
               MOVE WS-TSUB TO WS-UPC-NUM
               MOVE SPACES TO RL-D-CODE
               STRING "U" WS-UPC-NUM DELIMITED BY SIZE
                   INTO RL-D-CODE
               END-STRING
               MOVE WS-UPC-REASON (WS-TSUB) TO RL-D-DESC
               MOVE WS-UPC-COUNT (WS-TSUB) TO RL-D-COUNT
               MOVE WS-UPC-AMOUNT (WS-TSUB) TO RL-D-AMOUNT
               MOVE RL-DETAIL-LINE TO RL-PRINT-LINE
               PERFORM 8900-PRINT-LINE
           END-PERFORM
           PERFORM 8850-PRINT-BLANK
           MOVE "NOTICES ISSUED" TO RL-S-TITLE
           PERFORM 8810-PRINT-SECTION-COUNTS
           PERFORM VARYING WS-NSUB FROM 1 BY 1 UNTIL WS-NSUB > 4
               MOVE WS-NOTICE-CODE (WS-NSUB) TO RL-C-CODE
               MOVE SPACES TO RL-C-DESC
               MOVE WS-NOTICE-COUNT (WS-NSUB) TO RL-C-COUNT
               MOVE RL-COUNT-LINE TO RL-PRINT-LINE
               PERFORM 8900-PRINT-LINE
           END-PERFORM
           PERFORM 8850-PRINT-BLANK
           MOVE "REFUNDS ISSUED" TO RL-S-TITLE
           PERFORM 8800-PRINT-SECTION-AMOUNTS
           PERFORM VARYING WS-RSUB FROM 1 BY 1 UNTIL WS-RSUB > 2
               MOVE WS-METHOD-CODE (WS-RSUB) TO RL-D-CODE
               MOVE WS-METHOD-DESC (WS-RSUB) TO RL-D-DESC
               MOVE WS-REFUND-COUNT (WS-RSUB) TO RL-D-COUNT
               MOVE WS-REFUND-AMOUNT (WS-RSUB) TO RL-D-AMOUNT
               MOVE RL-DETAIL-LINE TO RL-PRINT-LINE
               PERFORM 8900-PRINT-LINE
           END-PERFORM
           PERFORM 8850-PRINT-BLANK
           MOVE "ASSESSMENTS" TO RL-S-TITLE
           PERFORM 8810-PRINT-SECTION-COUNTS
           MOVE SPACES TO RL-C-CODE
           MOVE "ASSESSMENT OVERFLOWS" TO RL-C-DESC
           MOVE WS-OVERFLOW-COUNT TO RL-C-COUNT
           MOVE RL-COUNT-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE
           PERFORM 8850-PRINT-BLANK
           MOVE "RECORDS READ AND WRITTEN" TO RL-S-TITLE
           PERFORM 8810-PRINT-SECTION-COUNTS
           MOVE "CONTROL  READ" TO RL-C-DESC
           MOVE WS-CONTROL-READ TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           MOVE "MASTIN   READ" TO RL-C-DESC
           MOVE WS-MASTIN-READ TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           MOVE "TRANSIN  READ" TO RL-C-DESC
           MOVE WS-TRANSIN-READ TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           MOVE "MASTOUT  WRITTEN" TO RL-C-DESC
           MOVE WS-MASTOUT-WRITTEN TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           MOVE "NOTICES  WRITTEN" TO RL-C-DESC
           MOVE WS-NOTICES-WRITTEN TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           MOVE "REFUNDS  WRITTEN" TO RL-C-DESC
           MOVE WS-REFUNDS-WRITTEN TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           MOVE "UNPOST   WRITTEN" TO RL-C-DESC
           MOVE WS-UNPOST-WRITTEN TO RL-C-COUNT
           PERFORM 8820-PRINT-FILE-COUNT
           PERFORM 8850-PRINT-BLANK
           PERFORM 8700-PRINT-BALANCING.
       8000-EXIT.
           EXIT.
      *****************************************************************
      * 8700-PRINT-BALANCING: TRANSACTIONS READ = POSTED + UNPOSTABLE
      * AND MONEY READ = MONEY POSTED + MONEY UNPOSTED.
      *****************************************************************
       8700-PRINT-BALANCING.
           MOVE "BALANCING" TO RL-S-TITLE
           PERFORM 8800-PRINT-SECTION-AMOUNTS
           MOVE SPACES TO RL-D-CODE
           MOVE "TRANSACTIONS READ" TO RL-D-DESC
           MOVE WS-TRANSIN-READ TO RL-D-COUNT
           MOVE WS-MONEY-READ TO RL-D-AMOUNT
           MOVE RL-DETAIL-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE
           MOVE "TRANSACTIONS POSTED" TO RL-D-DESC
           MOVE WS-POSTED-COUNT TO RL-D-COUNT
           MOVE WS-MONEY-POSTED TO RL-D-AMOUNT
           MOVE RL-DETAIL-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE
           MOVE "TRANSACTIONS UNPOSTABLE" TO RL-D-DESC
           MOVE WS-UNPOSTED-COUNT TO RL-D-COUNT
           MOVE WS-MONEY-UNPOSTED TO RL-D-AMOUNT
           MOVE RL-DETAIL-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE
           IF WS-TRANSIN-READ = WS-POSTED-COUNT + WS-UNPOSTED-COUNT
              AND WS-MONEY-READ = WS-MONEY-POSTED + WS-MONEY-UNPOSTED
               MOVE "RUN BALANCED" TO RL-RESULT-LINE
           ELSE
               MOVE "RUN OUT OF BALANCE" TO RL-RESULT-LINE
           END-IF
           MOVE RL-RESULT-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE.
       8800-PRINT-SECTION-AMOUNTS.
           MOVE "        COUNT" TO RL-S-COUNT-HEAD
           MOVE "                 AMOUNT" TO RL-S-AMOUNT-HEAD
           MOVE RL-SECTION-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE.
       8810-PRINT-SECTION-COUNTS.
           MOVE "        COUNT" TO RL-S-COUNT-HEAD
           MOVE SPACES TO RL-S-AMOUNT-HEAD
           MOVE RL-SECTION-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE.
       8820-PRINT-FILE-COUNT.
           MOVE SPACES TO RL-C-CODE
           MOVE RL-COUNT-LINE TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE.
       8850-PRINT-BLANK.
           MOVE SPACES TO RL-PRINT-LINE
           PERFORM 8900-PRINT-LINE.
      *****************************************************************
      * 8100-TALLY-TC: COUNT WS-TALLY-TC AND ADD WS-TALLY-AMOUNT TO ITS
      * ROW OF THE FIXED LIST.
      *****************************************************************
       8100-TALLY-TC.
           PERFORM VARYING WS-TSUB FROM 1 BY 1 UNTIL WS-TSUB > 22
               IF WS-TC-CODE (WS-TSUB) = WS-TALLY-TC
                   ADD 1 TO WS-TC-COUNT (WS-TSUB)
                   ADD WS-TALLY-AMOUNT TO WS-TC-AMOUNT (WS-TSUB)
               END-IF
           END-PERFORM.
      *****************************************************************
      * 8900-PRINT-LINE: ONE REPORT LINE.  A PAGE HOLDS 55 LINES WITH
      * ITS TWO-LINE HEADER (TITLE LINE, BLANK LINE); NO FORM FEEDS.
      *****************************************************************
       8900-PRINT-LINE.
           IF WS-ABENDED
               GO TO 8900-EXIT
           END-IF
           IF WS-LINE-COUNT NOT < WS-LINES-PER-PAGE
               ADD 1 TO WS-PAGE-NUMBER
               MOVE WS-PAGE-NUMBER TO RL-H-PAGE
               WRITE REPORT-REC FROM RL-HEADER
               PERFORM 8910-CHECK-REPORT-WRITE
               MOVE SPACES TO REPORT-REC
               WRITE REPORT-REC
               PERFORM 8910-CHECK-REPORT-WRITE
               MOVE 2 TO WS-LINE-COUNT
           END-IF
           WRITE REPORT-REC FROM RL-PRINT-LINE
           PERFORM 8910-CHECK-REPORT-WRITE
           ADD 1 TO WS-LINE-COUNT.
       8900-EXIT.
           EXIT.
       8910-CHECK-REPORT-WRITE.
           IF WS-REPORT-STATUS NOT = "00"
               MOVE "REPORT" TO WS-IO-DDNAME
               MOVE WS-REPORT-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF.
      *****************************************************************
      * 9000-TERMINATE: CLOSE EVERYTHING AND SET THE RETURN CODE.
      *****************************************************************
       9000-TERMINATE.
      *    INPUT CLOSE STATUSES ARE NOT CHECKED (SEE 1100); AN OUTPUT
      *    CLOSE IS, THOUGH GNUCOBOL 3.1.2 NEVER FAILS ONE.
           CLOSE MASTIN-FILE
           CLOSE TRANSIN-FILE
           SET WS-INPUTS-CLOSED TO TRUE
           CLOSE MASTOUT-FILE
           IF WS-MASTOUT-STATUS NOT = "00"
               MOVE "MASTOUT" TO WS-IO-DDNAME
               MOVE WS-MASTOUT-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           CLOSE NOTICES-FILE
           IF WS-NOTICES-STATUS NOT = "00"
               MOVE "NOTICES" TO WS-IO-DDNAME
               MOVE WS-NOTICES-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           CLOSE REFUNDS-FILE
           IF WS-REFUNDS-STATUS NOT = "00"
               MOVE "REFUNDS" TO WS-IO-DDNAME
               MOVE WS-REFUNDS-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           CLOSE UNPOST-FILE
           IF WS-UNPOST-STATUS NOT = "00"
               MOVE "UNPOST" TO WS-IO-DDNAME
               MOVE WS-UNPOST-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           CLOSE REPORT-FILE
           IF WS-REPORT-STATUS NOT = "00"
               MOVE "REPORT" TO WS-IO-DDNAME
               MOVE WS-REPORT-STATUS TO WS-IO-STATUS
               PERFORM 9800-IO-ERROR
           END-IF
           SET WS-OUTPUTS-CLOSED TO TRUE
           IF WS-UNPOSTED-COUNT > ZERO
               MOVE 4 TO RETURN-CODE
           ELSE
               MOVE 0 TO RETURN-CODE
           END-IF.
       9000-EXIT.
           EXIT.
      *****************************************************************
      * 9800-IO-ERROR: AN UNEXPECTED FILE STATUS ENDS THE RUN AS AN
      * ABEND.  DECISION: THE CAUSE READS "I/O ERROR ON <DD> STATUS
      * NN" (THE RULEBOOK NAMES NO SUCH CAUSE); ONLY THE FIRST ONE IS
      * KEPT.
      *****************************************************************
       9800-IO-ERROR.
           IF NOT WS-ABENDED
               MOVE SPACES TO WS-ABEND-CAUSE
               STRING "I/O ERROR ON " DELIMITED BY SIZE
                      WS-IO-DDNAME DELIMITED BY SPACE
                      " STATUS " DELIMITED BY SIZE
                      WS-IO-STATUS DELIMITED BY SIZE
                   INTO WS-ABEND-CAUSE
               END-STRING
               SET WS-ABENDED TO TRUE
           END-IF.
      *****************************************************************
      * 9900-ABEND: RULEBOOK 7.  EVERY OUTPUT IS (RE)OPENED OUTPUT, SO
      * ANYTHING ALREADY WRITTEN IS TRUNCATED; REPORT GETS THE SINGLE
      * LINE "ABEND: <CAUSE>".  RETURN CODE 16.  STATUSES ARE NOT
      * CHECKED HERE: THERE IS NOTHING LEFT TO DO ABOUT THEM.
      *****************************************************************
       9900-ABEND.
           IF WS-INPUTS-OPEN
               CLOSE MASTIN-FILE
               CLOSE TRANSIN-FILE
               SET WS-INPUTS-CLOSED TO TRUE
           END-IF
           IF WS-OUTPUTS-OPEN
               CLOSE MASTOUT-FILE
               CLOSE NOTICES-FILE
               CLOSE REFUNDS-FILE
               CLOSE UNPOST-FILE
               CLOSE REPORT-FILE
               SET WS-OUTPUTS-CLOSED TO TRUE
           END-IF
           OPEN OUTPUT MASTOUT-FILE
           CLOSE MASTOUT-FILE
           OPEN OUTPUT NOTICES-FILE
           CLOSE NOTICES-FILE
           OPEN OUTPUT REFUNDS-FILE
           CLOSE REFUNDS-FILE
           OPEN OUTPUT UNPOST-FILE
           CLOSE UNPOST-FILE
           OPEN OUTPUT REPORT-FILE
           WRITE REPORT-REC FROM WS-ABEND-LINE
           CLOSE REPORT-FILE
           MOVE 16 TO RETURN-CODE.
       9900-EXIT.
           EXIT.
