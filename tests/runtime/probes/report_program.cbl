      * Issue 12 "Done when": a report program as COBOL courses write
      * them: WRITE ... AFTER ADVANCING (PAGE and LINES), SEARCH ALL
      * over a sorted table, CALL of a nested program with LINKAGE, a
      * table SORT and FUNCTION FORMATTED-DATE. It writes its own input,
      * prints the report to a file, then shows that file byte by byte
      * (form feeds and line feeds included) on stdout.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. REPORT-PROGRAM.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT SALES-FILE ASSIGN TO "SALES.DAT"
               ORGANIZATION IS LINE SEQUENTIAL.
           SELECT REPORT-FILE ASSIGN TO "REPORT.LST"
               ORGANIZATION IS SEQUENTIAL.
           SELECT LISTING ASSIGN TO "REPORT.LST"
               ORGANIZATION IS SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  SALES-FILE.
       01  SALES-IN.
           05  SI-REGION          PIC X(2).
           05  SI-REP             PIC X(10).
           05  SI-AMOUNT          PIC 9(5)V99.
       FD  REPORT-FILE.
       01  REPORT-LINE            PIC X(48).
       FD  LISTING.
       01  LISTING-BYTE           PIC X.
       WORKING-STORAGE SECTION.
       01  WS-EOF                 PIC X VALUE "N".
       01  WS-FF                  PIC X VALUE "N".
       01  WS-BYTE-HEX            PIC X(2).
       01  WS-COUNT               PIC 9(4) COMP VALUE 0.
       01  WS-SHOWN               PIC 9(6) VALUE 0.
       01  WS-COMMISSION          PIC 9(5)V99.
       01  WS-TOTAL               PIC 9(7)V99 VALUE 0.
       01  REGION-TABLE.
           05  REGION-ENTRY OCCURS 4 TIMES
                   ASCENDING KEY IS RG-CODE INDEXED BY RG-X.
               10  RG-CODE        PIC X(2).
               10  RG-NAME        PIC X(10).
               10  RG-RATE        PIC V99.
       01  SALES-TABLE.
           05  SALE OCCURS 6 TIMES INDEXED BY SL-X.
               10  SL-REGION      PIC X(2).
               10  SL-REP         PIC X(10).
               10  SL-AMOUNT      PIC 9(5)V99.
       01  HEADING-1.
           05  FILLER             PIC X(15) VALUE "SALES BY REP AS".
           05  FILLER             PIC X(4)  VALUE " OF ".
           05  H1-DATE            PIC X(10).
       01  DETAIL-LINE.
           05  DL-REP             PIC X(10).
           05  FILLER             PIC X VALUE SPACE.
           05  DL-REGION          PIC X(10).
           05  FILLER             PIC X VALUE SPACE.
           05  DL-AMOUNT          PIC ZZ,ZZ9.99.
           05  FILLER             PIC X VALUE SPACE.
           05  DL-COMMISSION      PIC $$,$$9.99.
       01  TOTAL-LINE.
           05  FILLER             PIC X(22) VALUE "TOTAL COMMISSION".
           05  TL-TOTAL           PIC $$$,$$$,$$9.99.
       PROCEDURE DIVISION.
       MAIN-LINE.
           PERFORM WRITE-INPUT
           MOVE "NWNORTHWEST 10" TO REGION-ENTRY (1)
           MOVE "SESOUTHEAST 08" TO REGION-ENTRY (2)
           MOVE "CECENTRAL   05" TO REGION-ENTRY (3)
           MOVE "ATATLANTIC  12" TO REGION-ENTRY (4)
           SORT REGION-ENTRY ON ASCENDING KEY RG-CODE
           OPEN INPUT SALES-FILE
           PERFORM UNTIL WS-EOF = "Y"
               READ SALES-FILE
                   AT END MOVE "Y" TO WS-EOF
                   NOT AT END
                       ADD 1 TO WS-COUNT
                       MOVE SALES-IN TO SALE (WS-COUNT)
               END-READ
           END-PERFORM
           CLOSE SALES-FILE
           SORT SALE ON DESCENDING KEY SL-AMOUNT
                    ASCENDING KEY SL-REP
           MOVE FUNCTION FORMATTED-DATE ("YYYY-MM-DD", 152590)
               TO H1-DATE
           OPEN OUTPUT REPORT-FILE
           WRITE REPORT-LINE FROM HEADING-1 AFTER ADVANCING PAGE
           MOVE ALL "-" TO REPORT-LINE
           WRITE REPORT-LINE AFTER ADVANCING 1 LINE
           PERFORM VARYING SL-X FROM 1 BY 1 UNTIL SL-X > WS-COUNT
               PERFORM PRINT-SALE
           END-PERFORM
           MOVE WS-TOTAL TO TL-TOTAL
           WRITE REPORT-LINE FROM TOTAL-LINE AFTER ADVANCING 2 LINES
           CLOSE REPORT-FILE
           PERFORM SHOW-LISTING
           STOP RUN.
       PRINT-SALE.
           MOVE SL-REP (SL-X) TO DL-REP
           SEARCH ALL REGION-ENTRY
               AT END
                   MOVE "UNKNOWN" TO DL-REGION
                   MOVE ZERO TO WS-COMMISSION
               WHEN RG-CODE (RG-X) = SL-REGION (SL-X)
                   MOVE RG-NAME (RG-X) TO DL-REGION
                   CALL "COMMISSION" USING SL-AMOUNT (SL-X)
                                           RG-RATE (RG-X)
                                           WS-COMMISSION
           END-SEARCH
           MOVE SL-AMOUNT (SL-X) TO DL-AMOUNT
           MOVE WS-COMMISSION TO DL-COMMISSION
           ADD WS-COMMISSION TO WS-TOTAL
           WRITE REPORT-LINE FROM DETAIL-LINE AFTER ADVANCING 1 LINE.
       WRITE-INPUT.
           OPEN OUTPUT SALES-FILE
           MOVE "SEBAKER     0123450" TO SALES-IN
           WRITE SALES-IN
           MOVE "NWADAMS     0098765" TO SALES-IN
           WRITE SALES-IN
           MOVE "ATCHEN      0123450" TO SALES-IN
           WRITE SALES-IN
           MOVE "ZZDOYLE     0005000" TO SALES-IN
           WRITE SALES-IN
           MOVE "CEEVANS     1500000" TO SALES-IN
           WRITE SALES-IN
           MOVE "SEFOX       0000199" TO SALES-IN
           WRITE SALES-IN
           CLOSE SALES-FILE.
       SHOW-LISTING.
      *    Each byte of the listing: printable ones as they are, a form
      *    feed as <FF> and a line feed as a new line of stdout.
           MOVE "N" TO WS-EOF
           OPEN INPUT LISTING
           PERFORM UNTIL WS-EOF = "Y"
               READ LISTING
                   AT END MOVE "Y" TO WS-EOF
                   NOT AT END
                       ADD 1 TO WS-SHOWN
                       EVALUATE LISTING-BYTE
                           WHEN X"0C" DISPLAY "<FF>" WITH NO ADVANCING
                           WHEN X"0A" DISPLAY "|"
                           WHEN X"0D" DISPLAY "<CR>" WITH NO ADVANCING
                           WHEN OTHER
                               DISPLAY LISTING-BYTE WITH NO ADVANCING
                       END-EVALUATE
               END-READ
           END-PERFORM
           CLOSE LISTING
           DISPLAY "BYTES " WS-SHOWN.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. COMMISSION.
       DATA DIVISION.
       LINKAGE SECTION.
       01  LK-AMOUNT              PIC 9(5)V99.
       01  LK-RATE                PIC V99.
       01  LK-COMMISSION          PIC 9(5)V99.
       PROCEDURE DIVISION USING LK-AMOUNT LK-RATE LK-COMMISSION.
           COMPUTE LK-COMMISSION ROUNDED = LK-AMOUNT * LK-RATE
           GOBACK.
       END PROGRAM COMMISSION.
       END PROGRAM REPORT-PROGRAM.
