      * STOP RUN WITH ERROR without a status exits 1.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. STOPERR.
       PROCEDURE DIVISION.
           DISPLAY "BEFORE".
           STOP RUN WITH ERROR.
