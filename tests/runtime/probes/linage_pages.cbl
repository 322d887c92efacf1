      * LINAGE: pages of 5 lines, footing at 4, 1 line at the top and
      * 2 at the bottom; plain WRITE, ADVANCING n LINES (before and
      * after), PAGE, AT END-OF-PAGE / NOT AT END-OF-PAGE, the value
      * of LINAGE-COUNTER after each; then the file's bytes (LF shown
      * as "/").
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LINAGEP.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT REPORT-FILE ASSIGN TO "PAGES.TXT" FILE STATUS FS.
           SELECT BYTE-FILE ASSIGN TO "PAGES.TXT".
       DATA DIVISION.
       FILE SECTION.
       FD REPORT-FILE
           LINAGE IS 5 LINES WITH FOOTING AT 4
           LINES AT TOP 1 LINES AT BOTTOM 2.
       01 REPORT-LINE PIC X(10).
       FD BYTE-FILE.
       01 ONE-BYTE PIC X.
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 I PIC 99.
       01 SHOWN PIC X(200).
       01 AT-BYTE PIC 999 VALUE 1.
       PROCEDURE DIVISION.
           DISPLAY "before open " LINAGE-COUNTER
           OPEN OUTPUT REPORT-FILE
           DISPLAY "open " FS " " LINAGE-COUNTER
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               MOVE I TO REPORT-LINE
               WRITE REPORT-LINE
                   AT END-OF-PAGE
                       DISPLAY "eop at " I " " LINAGE-COUNTER
                   NOT AT END-OF-PAGE
                       DISPLAY "line " I " " LINAGE-COUNTER
               END-WRITE
           END-PERFORM
           WRITE REPORT-LINE FROM "AFTER2" AFTER ADVANCING 2 LINES
           DISPLAY "after 2 " FS " " LINAGE-COUNTER
           WRITE REPORT-LINE FROM "BEFORE3" BEFORE ADVANCING 3 LINES
               END-OF-PAGE DISPLAY "eop before 3 " LINAGE-COUNTER
           END-WRITE
           WRITE REPORT-LINE FROM "PAGE" AFTER ADVANCING PAGE
           DISPLAY "page " FS " " LINAGE-COUNTER
           WRITE REPORT-LINE FROM "   " BEFORE ADVANCING PAGE
           DISPLAY "blank, page " LINAGE-COUNTER
           WRITE REPORT-LINE FROM "LAST"
           CLOSE REPORT-FILE
           OPEN INPUT BYTE-FILE
           PERFORM UNTIL FS = "10"
               READ BYTE-FILE
                   AT END MOVE "10" TO FS
                   NOT AT END
                       IF ONE-BYTE = X"0A"
                           MOVE "/" TO SHOWN (AT-BYTE:1)
                       ELSE
                           MOVE ONE-BYTE TO SHOWN (AT-BYTE:1)
                       END-IF
                       ADD 1 TO AT-BYTE
               END-READ
           END-PERFORM
           CLOSE BYTE-FILE
           DISPLAY SHOWN (1:AT-BYTE - 1)
           STOP RUN.
