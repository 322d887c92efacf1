       IDENTIFICATION DIVISION.
       PROGRAM-ID. EDITNUM.
      * NUMERIC EDITING: EVERY SYMBOL, FLOATING INSERTION, BWZ.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 V PIC S9(7)V99.
       01 E1 PIC ZZZ,ZZ9.99.
       01 E2 PIC $$$,$$9.99-.
       01 E3 PIC $$$,$$9.99CR.
       01 E4 PIC ***,**9.99.
       01 E5 PIC +++,++9.99.
       01 E6 PIC ----,--9.99.
       01 E7 PIC 9(5).99DB.
       01 E8 PIC ZZZZZ.
       01 E9 PIC 99B99B99.
       01 E10 PIC 99/99/99.
       01 E11 PIC 9990.
       01 E12 PIC ZZ9.99 BLANK WHEN ZERO.
       01 E13 PIC $ZZ,ZZ9.99.
       01 E14 PIC -9(5).99.
       01 E15 PIC +9(5).
       01 E16 PIC 9(5)+.
       01 E17 PIC ZZZ.ZZ.
       01 E18 PIC ****.**.
       01 E19 PIC $$$$$$.
       01 E20 PIC Z(4)9-.
       01 E21 PIC $,$$$,$$$,$$9.99-.
       01 E22 PIC 9999/99/99.
       01 E23 PIC ZZ,ZZZ,ZZ9.
       01 E24 PIC -(6)9.
       PROCEDURE DIVISION.
       MAIN.
           MOVE -1234.5 TO V PERFORM SHOW
           MOVE 1234567.89 TO V PERFORM SHOW
           MOVE 0 TO V PERFORM SHOW
           MOVE 0.01 TO V PERFORM SHOW
           MOVE -0.5 TO V PERFORM SHOW
           MOVE 42 TO V PERFORM SHOW
           MOVE -7 TO V PERFORM SHOW
           MOVE 20240412 TO E22 DISPLAY "E22 [" E22 "]"
           STOP RUN.
       SHOW.
           MOVE V TO E1 E2 E3 E4 E5 E6 E7 E8 E9 E10 E11 E12
           MOVE V TO E13 E14 E15 E16 E17 E18 E19 E20 E21 E23 E24
           DISPLAY "[" E1 "][" E2 "][" E3 "][" E4 "]"
           DISPLAY "[" E5 "][" E6 "][" E7 "][" E8 "]"
           DISPLAY "[" E9 "][" E10 "][" E11 "][" E12 "]"
           DISPLAY "[" E13 "][" E14 "][" E15 "][" E16 "]"
           DISPLAY "[" E17 "][" E18 "][" E19 "][" E20 "]"
           DISPLAY "[" E21 "][" E23 "][" E24 "]".
