      * H"80": a hexadecimal numeric literal (a Micro Focus extension
      * cobc 3.1.2 takes), its value the hex digits' number.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HEXNUM.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       78 K-80          VALUE H"80".
       78 K-SUM         VALUE H"0F" + H"10".
       01 N             PIC 9(5) VALUE H"FF".
       PROCEDURE DIVISION.
           DISPLAY K-80 " " K-SUM " " N
           MOVE H"1234" TO N DISPLAY N
           COMPUTE N = H"10" * 2 DISPLAY N
           IF N = H"20" DISPLAY "equal" END-IF
           STOP RUN.
