       IDENTIFICATION DIVISION.
       PROGRAM-ID. INSPECTS.
      * INSPECT TALLYING / REPLACING / CONVERTING, BEFORE / AFTER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 S PIC X(20).
       01 C1 PIC 99.
       01 C2 PIC 99.
       01 C3 PIC 99.
       PROCEDURE DIVISION.
           MOVE "AABAXA.ABA  " TO S
           MOVE 0 TO C1 C2 C3
           INSPECT S TALLYING C1 FOR ALL "A"
                              C2 FOR LEADING "A"
                              C3 FOR CHARACTERS BEFORE INITIAL "."
           DISPLAY C1 " " C2 " " C3
           MOVE 0 TO C1 C2
           INSPECT S TALLYING C1 FOR ALL "A" AFTER INITIAL "."
               C2 FOR ALL "AB"
           DISPLAY C1 " " C2
           MOVE 0 TO C1
           INSPECT S TALLYING C1 FOR LEADING SPACES
           DISPLAY C1
           INSPECT S REPLACING ALL "A" BY "z" BEFORE INITIAL "X"
           DISPLAY "[" S "]"
           MOVE "AABAXA.ABA" TO S
           INSPECT S REPLACING LEADING "A" BY "*"
           DISPLAY "[" S "]"
           MOVE "AABAXA.ABA" TO S
           INSPECT S REPLACING FIRST "A" BY "1" FIRST "B" BY "2"
           DISPLAY "[" S "]"
           MOVE "AABAXA.ABA" TO S
           INSPECT S REPLACING CHARACTERS BY "#" AFTER INITIAL "."
           DISPLAY "[" S "]"
           MOVE "hello, World" TO S
           INSPECT S CONVERTING "abcdefghijklmnopqrstuvwxyz"
               TO "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
           DISPLAY "[" S "]"
           MOVE "a-b-c-d" TO S
           INSPECT S CONVERTING "-" TO "+" AFTER INITIAL "b"
           DISPLAY "[" S "]"
           MOVE "X<Y<Z" TO S
           MOVE 0 TO C1
           INSPECT S TALLYING C1 FOR ALL "<"
           DISPLAY C1
           STOP RUN.
