      * FD name IS GLOBAL: a contained program OPENs, WRITEs and READs
      * its parent's file; the parent's FILE STATUS item (not GLOBAL
      * itself) shows the contained program's I/O.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GFILEMAIN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WORK-FILE ASSIGN TO "GFILE.DAT"
               ORGANIZATION LINE SEQUENTIAL
               FILE STATUS IS WORK-STATUS.
       DATA DIVISION.
       FILE SECTION.
       FD WORK-FILE IS GLOBAL.
       01 WORK-REC     PIC X(10).
       WORKING-STORAGE SECTION.
       01 WORK-STATUS  PIC XX VALUE "??".
       PROCEDURE DIVISION.
           OPEN OUTPUT WORK-FILE
           CALL "WRITER"
           CLOSE WORK-FILE
           DISPLAY "after close " WORK-STATUS
           CALL "READER"
           DISPLAY "after reader " WORK-STATUS " " WORK-REC
           CALL "MISSING"
           DISPLAY "after missing " WORK-STATUS
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. WRITER.
       PROCEDURE DIVISION.
           MOVE "first" TO WORK-REC
           WRITE WORK-REC
           MOVE "second" TO WORK-REC
           WRITE WORK-REC
           GOBACK.
       END PROGRAM WRITER.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. READER.
       PROCEDURE DIVISION.
           OPEN INPUT WORK-FILE
           PERFORM UNTIL 1 = 0
               READ WORK-FILE AT END EXIT PERFORM END-READ
               DISPLAY "read " WORK-REC
           END-PERFORM
           CLOSE WORK-FILE
           GOBACK.
       END PROGRAM READER.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MISSING.
       PROCEDURE DIVISION.
           READ WORK-FILE AT END DISPLAY "eof" END-READ
           GOBACK.
       END PROGRAM MISSING.
       END PROGRAM GFILEMAIN.
