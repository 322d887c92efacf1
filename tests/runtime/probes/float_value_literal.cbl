      * A floating-point literal in a VALUE clause (COMP-1, COMP-2) and
      * figurative constants MOVEd into float items under -std=mf
      * (byte by byte: HIGH-VALUES is a NaN, which DISPLAY shows as NaN
      * as libcob's clean_double writes it).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FLTVAL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 F-SHORT       COMP-1 VALUE 543.12345E10.
       01 F-LONG        COMP-2 VALUE -1.5E-3.
       01 F-SMALL       COMP-1 VALUE .25E2.
       01 F-ALT         COMP-2 VALUE 12.5E+1.
       01 D-4           PIC 9(4).
       01 G.
         02 F-IN-G      COMP-1.
       PROCEDURE DIVISION.
           DISPLAY F-SHORT " " F-LONG " " F-SMALL " " F-ALT
           MOVE F-SHORT TO D-4 DISPLAY D-4
           MOVE HIGH-VALUES TO F-SHORT DISPLAY F-SHORT
           MOVE HIGH-VALUES TO F-LONG DISPLAY F-LONG
           MOVE QUOTE TO F-SHORT DISPLAY F-SHORT
           MOVE LOW-VALUES TO F-LONG DISPLAY F-LONG
           MOVE ALL "21" TO F-SHORT DISPLAY F-SHORT
           MOVE ZERO TO F-SHORT DISPLAY F-SHORT
           MOVE HIGH-VALUES TO F-IN-G
           IF G = HIGH-VALUES DISPLAY "all FF" END-IF
           STOP RUN.
