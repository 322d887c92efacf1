      * DECLARATIVES: USE AFTER ERROR ON a file, ON INPUT, ON OUTPUT;
      * which status runs them (not 0x; 1x only without AT END), the
      * mode of the last OPEN attempt, the run going on afterwards.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DECLERR.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F-NAMED ASSIGN TO "NOSUCH.DAT" FILE STATUS FS1.
           SELECT F-DATA ASSIGN TO "DATA.DAT" FILE STATUS FS2.
           SELECT OPTIONAL F-OPT ASSIGN TO "NOOPT.DAT" FILE STATUS FS3.
           SELECT F-BAD ASSIGN TO "NODIR/OUT.DAT".
       DATA DIVISION.
       FILE SECTION.
       FD F-NAMED.
       01 R-NAMED PIC X(4).
       FD F-DATA.
       01 R-DATA PIC X(4).
       FD F-OPT.
       01 R-OPT PIC X(4).
       FD F-BAD.
       01 R-BAD PIC X(4).
       WORKING-STORAGE SECTION.
       01 FS1 PIC XX.
       01 FS2 PIC XX.
       01 FS3 PIC XX.
       01 CALLS PIC 99 VALUE 0.
       PROCEDURE DIVISION.
       DECLARATIVES.
       NAMED-ERRORS SECTION.
           USE AFTER STANDARD ERROR PROCEDURE ON F-NAMED.
       NAMED-PARA.
           ADD 1 TO CALLS
           DISPLAY "  USE ON F-NAMED, status " FS1.
       INPUT-ERRORS SECTION.
           USE AFTER EXCEPTION PROCEDURE INPUT.
           ADD 1 TO CALLS
           DISPLAY "  USE ON INPUT, FS2 " FS2 " FS3 " FS3.
       OUTPUT-ERRORS SECTION.
           USE AFTER ERROR PROCEDURE ON OUTPUT.
           ADD 1 TO CALLS
           DISPLAY "  USE ON OUTPUT".
       EXTEND-ERRORS SECTION.
           USE GLOBAL AFTER ERROR PROCEDURE EXTEND.
           ADD 1 TO CALLS
           DISPLAY "  USE ON EXTEND".
       END DECLARATIVES.
       MAIN SECTION.
       MAIN-PARA.
           DISPLAY "open missing F-NAMED"
           OPEN INPUT F-NAMED
           DISPLAY "after: " FS1
           DISPLAY "read F-NAMED (not open)"
           READ F-NAMED AT END DISPLAY "at end?" END-READ
           DISPLAY "open output F-DATA, write, close"
           OPEN OUTPUT F-DATA
           WRITE R-DATA FROM "ABCD"
           CLOSE F-DATA
           DISPLAY "read it to its end without AT END"
           OPEN INPUT F-DATA
           READ F-DATA
           DISPLAY "first: " FS2
           READ F-DATA
           DISPLAY "second: " FS2
           DISPLAY "read after end with AT END"
           READ F-DATA AT END DISPLAY "  AT END " FS2 END-READ
           CLOSE F-DATA
           OPEN INPUT F-DATA
           READ F-DATA
           READ F-DATA AT END DISPLAY "  AT END " FS2 END-READ
           CLOSE F-DATA
           DISPLAY "close twice"
           CLOSE F-DATA
           DISPLAY "optional missing file: 05, then end of file"
           OPEN INPUT F-OPT
           DISPLAY "open: " FS3
           READ F-OPT
           DISPLAY "open output into a missing folder"
           OPEN OUTPUT F-BAD
           WRITE R-BAD FROM "X"
           DISPLAY "open extend"
           OPEN EXTEND F-BAD
           DISPLAY "perform the section"
           PERFORM NAMED-ERRORS
           DISPLAY "calls: " CALLS
           STOP RUN.
