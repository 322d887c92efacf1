      * OPEN of an INDEXED file whose records are longer than the
      * FD's: 39 (runtime/indexed.py); a longer FD opens with 00.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEIDXS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN TO "PROBEIXS" ORGANIZATION INDEXED
               ACCESS DYNAMIC RECORD KEY IS K FILE STATUS IS S.
           SELECT G ASSIGN TO "PROBEIXS" ORGANIZATION INDEXED
               ACCESS DYNAMIC RECORD KEY IS GK FILE STATUS IS S.
           SELECT H ASSIGN TO "PROBEIXS" ORGANIZATION INDEXED
               ACCESS DYNAMIC RECORD KEY IS HK FILE STATUS IS S.
       DATA DIVISION.
       FILE SECTION.
       FD F.
       01 R.
          05 K PIC X(4).
          05 D PIC X(16).
       FD G.
       01 GR.
          05 GK PIC X(4).
          05 GD PIC X(11).
       FD H.
       01 HR.
          05 HK PIC X(4).
          05 HD PIC X(26).
       WORKING-STORAGE SECTION.
       01 S PIC XX.
       PROCEDURE DIVISION.
           OPEN OUTPUT F
           MOVE "AAAA" TO K  MOVE "DATA" TO D  WRITE R
           CLOSE F
           OPEN INPUT G  DISPLAY "SHORTER " S  CLOSE G
           OPEN I-O G  DISPLAY "SHORTER IO " S  CLOSE G
           OPEN INPUT H  DISPLAY "LONGER " S  CLOSE H
           OPEN INPUT F  DISPLAY "SAME " S  CLOSE F
           STOP RUN.
