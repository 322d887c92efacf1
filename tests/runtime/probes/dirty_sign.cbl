      * A space in the sign position of a signed DISPLAY item: libcob's
      * cob_real_get_sign reads it as positive and leaves it there, so
      * DISPLAY shows it, and a MOVE carries it as a digit byte. A sign
      * condition compares with ZERO as cob_cmp_numdisp does.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DIRTYSGN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G.
         02 X-3         PIC X(3).
         02 N-3         REDEFINES X-3 PIC S999.
       01 L-G.
         02 L-X         PIC X(3).
         02 L-N         REDEFINES L-X PIC S999 SIGN LEADING.
       01 W-5           PIC S9(5).
       01 W-X           PIC X(5).
       01 W-E           PIC ZZ9-.
       PROCEDURE DIVISION.
           MOVE "12 " TO X-3 DISPLAY N-3 "|" X-3 "|"
           MOVE N-3 TO W-5 DISPLAY W-5
           MOVE N-3 TO W-X DISPLAY W-X "|"
           MOVE N-3 TO W-E DISPLAY W-E "|"
           MOVE " 12" TO L-X DISPLAY L-N "|" L-X "|"
           MOVE L-N TO W-5 DISPLAY W-5
           MOVE "1 C" TO X-3 PERFORM SIGNS
           MOVE "12 " TO X-3 PERFORM SIGNS
           MOVE "00p" TO X-3 PERFORM SIGNS
           MOVE "0 p" TO X-3 PERFORM SIGNS
           STOP RUN.
       SIGNS.
           IF N-3 IS POSITIVE DISPLAY "positive " WITH NO ADVANCING
           END-IF
           IF N-3 IS NEGATIVE DISPLAY "negative " WITH NO ADVANCING
           END-IF
           IF N-3 IS ZERO DISPLAY "zero " WITH NO ADVANCING END-IF
           IF N-3 IS NOT ZERO DISPLAY "not zero" WITH NO ADVANCING
           END-IF
           DISPLAY "|" X-3.
