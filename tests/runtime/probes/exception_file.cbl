      * EXCEPTION-STATUS and EXCEPTION-FILE after file operations
      * (libcob save_status): 00 keeps the last exception, another
      * 0x status clears it, 1x-9x raise their EC-I-O class; the
      * file is the last one used.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. exFile.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT MISSING-FILE ASSIGN "NOTEXIST"
               FILE STATUS IS FS1.
           SELECT OPTIONAL OPT-FILE ASSIGN "NOTEXIST2"
               FILE STATUS IS FS2.
           SELECT Work-File ASSIGN "exfile.tmp"
               ORGANIZATION LINE SEQUENTIAL
               FILE STATUS IS FS3.
       DATA DIVISION.
       FILE SECTION.
       FD MISSING-FILE.
       01 R1 PIC X(4).
       FD OPT-FILE.
       01 R2 PIC X(4).
       FD Work-File.
       01 R3 PIC X(4).
       WORKING-STORAGE SECTION.
       01 FS1 PIC XX.
       01 FS2 PIC XX.
       01 FS3 PIC XX.
       01 N PIC 9 VALUE 0.
       PROCEDURE DIVISION.
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           OPEN INPUT MISSING-FILE.
           DISPLAY FS1 " " FUNCTION EXCEPTION-STATUS.
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           OPEN OUTPUT Work-File.
           DISPLAY FS3 " " FUNCTION EXCEPTION-STATUS.
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           WRITE R3 FROM "abcd".
           CLOSE Work-File.
           OPEN INPUT Work-File.
           READ Work-File.
           READ Work-File.
           DISPLAY FS3 " " FUNCTION EXCEPTION-STATUS.
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           READ Work-File.
           DISPLAY FS3 " " FUNCTION EXCEPTION-STATUS.
           CLOSE Work-File.
           OPEN INPUT OPT-FILE.
           DISPLAY FS2 " [" FUNCTION EXCEPTION-STATUS "]".
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           CLOSE MISSING-FILE.
           DISPLAY FS1 " " FUNCTION EXCEPTION-STATUS.
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           COMPUTE N = 10.
           DISPLAY FUNCTION EXCEPTION-STATUS.
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]".
           STOP RUN.
