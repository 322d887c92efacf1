      * OPEN EXTEND / I-O of a missing file: 35, or 05 (and the file
      * is created) when the SELECT says OPTIONAL.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEOPT.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OPTIONAL F1 ASSIGN TO "OPT1.DAT" FILE STATUS FS.
           SELECT F2 ASSIGN TO "OPT2.DAT" FILE STATUS FS.
           SELECT OPTIONAL F3 ASSIGN TO "OPT3.DAT" FILE STATUS FS.
           SELECT F4 ASSIGN TO "OPT4.DAT" FILE STATUS FS.
       DATA DIVISION.
       FILE SECTION.
       FD F1.
       01 R1 PIC X(4).
       FD F2.
       01 R2 PIC X(4).
       FD F3.
       01 R3 PIC X(4).
       FD F4.
       01 R4 PIC X(4).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       PROCEDURE DIVISION.
           OPEN EXTEND F1. DISPLAY "EXTEND OPTIONAL " FS.
           MOVE "AB" TO R1. WRITE R1. DISPLAY "WRITE " FS.
           CLOSE F1.
           OPEN EXTEND F1. DISPLAY "EXTEND AGAIN " FS.
           MOVE "CD" TO R1. WRITE R1. CLOSE F1.
           OPEN INPUT F1.
           READ F1. DISPLAY "READ " FS " " R1.
           READ F1. DISPLAY "READ " FS " " R1.
           READ F1. DISPLAY "READ " FS.
           CLOSE F1.
           OPEN EXTEND F2. DISPLAY "EXTEND " FS.
           OPEN I-O F3. DISPLAY "I-O OPTIONAL " FS.
           READ F3. DISPLAY "READ " FS.
           CLOSE F3. DISPLAY "CLOSE " FS.
           OPEN I-O F4. DISPLAY "I-O " FS.
           STOP RUN.
