      * FD name IS EXTERNAL: two programs of the run declare the file;
      * the one the main program OPENed is the one the called program
      * WRITEs to, and its record area is shared too.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. XFILEMAIN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT SHARED-FILE ASSIGN TO "XFILE.DAT"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD SHARED-FILE IS EXTERNAL.
       01 SHARED-REC   PIC X(8).
       PROCEDURE DIVISION.
           OPEN OUTPUT SHARED-FILE
           MOVE "main" TO SHARED-REC
           WRITE SHARED-REC
           MOVE "left" TO SHARED-REC
           CALL "XFILESUB"
           DISPLAY "record after CALL " SHARED-REC
           CLOSE SHARED-FILE
           OPEN INPUT SHARED-FILE
           READ SHARED-FILE
           DISPLAY "read " SHARED-REC
           READ SHARED-FILE
           DISPLAY "read " SHARED-REC
           CLOSE SHARED-FILE
           STOP RUN.
       END PROGRAM XFILEMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. XFILESUB.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT SHARED-FILE ASSIGN TO "XFILE.DAT"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD SHARED-FILE IS EXTERNAL.
       01 SUB-REC      PIC X(8).
       PROCEDURE DIVISION.
           DISPLAY "sub sees " SUB-REC
           MOVE "sub" TO SUB-REC
           WRITE SUB-REC
           GOBACK.
       END PROGRAM XFILESUB.
