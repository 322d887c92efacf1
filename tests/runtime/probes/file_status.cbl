       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILESTATUS.
      * GNUCOBOL-NOTES FILE STATUS CODES: 47 42 41 48 10 04 35, THE
      * SHORT LAST RECORD, LINE SEQUENTIAL READ AND WRITE RULES.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN TO "PROBEFIX" ORGANIZATION SEQUENTIAL
               FILE STATUS IS FS.
           SELECT L ASSIGN TO "PROBELS" ORGANIZATION LINE SEQUENTIAL
               FILE STATUS IS LS.
           SELECT M ASSIGN TO "PROBEFIX" ORGANIZATION LINE SEQUENTIAL
               FILE STATUS IS MS.
           SELECT N ASSIGN TO "NO-SUCH-FILE"
               FILE STATUS IS NS.
       DATA DIVISION.
       FILE SECTION.
       FD F.
       01 FREC PIC X(5).
       FD L.
       01 LREC PIC X(9).
       FD M.
       01 MREC PIC X(12).
       FD N.
       01 NREC PIC X(4).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 LS PIC XX.
       01 MS PIC XX.
       01 NS PIC XX.
       01 W PIC X(7) VALUE ALL "*".
       PROCEDURE DIVISION.
           OPEN OUTPUT M
           MOVE "AAAAABBBBBCC" TO MREC
           WRITE MREC
           CLOSE M
           OPEN OUTPUT L
           MOVE X"4C310D" TO LREC WRITE LREC
           MOVE "LONGLINE9" TO LREC WRITE LREC
           MOVE SPACES TO LREC WRITE LREC
           MOVE "short" TO LREC WRITE LREC
           MOVE "last" TO LREC WRITE LREC
           READ L DISPLAY "read output " LS
           CLOSE L
           READ F DISPLAY "read closed " FS
           CLOSE F DISPLAY "close closed " FS
           OPEN INPUT F DISPLAY "open " FS
           OPEN INPUT F DISPLAY "open again " FS
           PERFORM 5 TIMES
             READ F INTO W
               AT END DISPLAY "EOF " FS " [" FREC "][" W "]"
               NOT AT END DISPLAY "REC " FS " [" FREC "][" W "]"
             END-READ
           END-PERFORM
           WRITE FREC DISPLAY "write input " FS
           CLOSE F DISPLAY "close " FS
           OPEN INPUT L DISPLAY "open L " LS
           PERFORM 6 TIMES
             READ L AT END DISPLAY "LEOF " LS " [" LREC "]"
               NOT AT END DISPLAY "LREC " LS " [" LREC "]"
             END-READ
           END-PERFORM
           CLOSE L
           OPEN INPUT N DISPLAY "open missing " NS
           STOP RUN.
