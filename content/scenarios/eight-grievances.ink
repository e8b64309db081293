VAR mood = 3
VAR trust = 1

A precise voice; you can hear a page being turned. #stage
Good afternoon. I have a list about Monday's wardrobe delivery. Eight points. I would like to go through all of them.
-> opening

=== opening ===
* [Of course, Ms Lindqvist. Please go through all eight. I'll note each one by number, and then we'll go through them together. #patient+2 #complete+1 #mood+1 #note: Inviting the whole list, and keeping her numbering, tells a precise customer every point will be heard.]
    -> list
* [Could you give me a quick summary of the main issue first? #patient-2 #mood-1 #note: Asking a perfectionist to summarise tells her most of her list won't matter.]
    -> list
* [Eight! Right, let's try to be quick then. #patient-2 #mood-2 #note: Hurrying her is the surest way to hear all eight points twice.]
    -> list

=== list ===
{ mood <= 1: -> written_end }
One: I was given an all-day window, eight to six. Two: the crew arrived at 5:40 without calling. Three: muddy footprints on my cream carpet. Four: a scratched door. Five: two shelves missing. Six: they left the packaging, though removal was booked. Seven: nobody called me back on Tuesday as promised. Eight: I was charged for assembly, which I understood was free.
* [Thank you, that's very clear. Eight points: the window, the late arrival without a call, the carpet, the door, the shelves, the packaging, the missed call back and the assembly fee. I'm sorry. That's a lot to have gone wrong with one delivery. #patient+2 #complete+1 #trust+1 #note: Reading her list back shows you took in every point, and the apology is for the whole experience.]
    -> check
* [On point one, actually, the all-day window is our standard slot. #patient-2 #explain-1 #mood-1 #note: Arguing point one before she has finished tells her you're defending, not listening.]
    -> check
* [So the main thing is really the scratch on the door, isn't it? #complete-2 #patient-1 #note: Picking one point for her is exactly the brush-off she expected.]
    -> check

=== check ===
{ mood <= 1: -> written_end }
Well?
* [Before I answer any of them, let me check the order, the crew's delivery notes and the call log, so I answer from the facts, not from memory. One minute. #explain+2 #trust+1 #note: Checking our own records first is how you answer a detailed list accurately.]
    -> ours
* [I'm sure we can sort all of that out for you. #explain-1 #complete-1 #note: A blanket reassurance before you know the facts answers none of her points.]
    -> ours

=== ours ===
{ mood <= 1: -> written_end }
You check: the pack list shows the two shelves were never loaded; the Tuesday call back was logged and not made; packaging removal was booked. The order shows the all-day slot and paid assembly on an 850 order. #stage
Go on.
* [Points two to seven are ours, and I'm sorry for each. The crew should have called ahead; they marked your carpet and scratched the door; the shelves were never loaded; the packaging should have gone with them; and we promised you a call on Tuesday and didn't make it. #own+3 #complete+1 #trust+1 #mood+1 #note: Naming each failure, in her order, with no excuses, is the plain ownership a precise customer respects.]
    -> explain_step
* [Some of these things do happen with deliveries, unfortunately. #own-2 #mood-1 #note: "These things happen" turns six specific failures into weather.]
    -> explain_step
* [The delivery crew is a subcontractor, so some of this is on them. #own-2 #note: The company owns the outcome; blaming the crew tells her nobody will.]
    -> explain_step

=== explain_step ===
{ mood <= 1: -> written_end }
And points one and eight?
* [#free:explain] -> remedy

=== remedy ===
{ mood <= 1: -> written_end }
Very well. What will you do about the rest?
* [For each one: the two shelves and a new door come on Thursday in the 8-to-12 slot at no charge, and the crew calls 30 minutes before. They'll take the packaging away on the same visit. We'll pay for a professional clean of the carpet, and I'm refunding the delivery fee for the visit that went wrong. #remedy+3 #complete+1 #trust+1 #mood+1 #note: A specific fix for every failure, at a time that suits her, answers the list point by point.]
    -> skipped
* [I can offer you a 50 voucher for the inconvenience. #remedy-2 #complete-1 #note: One vague gesture for six failures leaves every one of them unsolved.]
    -> skipped
* [Send us photos of the damage and we'll consider what we can do. #remedy-1 #own-1 #note: You already have the facts; asking her to prove it again delays the fix.]
    -> skipped

=== skipped ===
{ mood <= 1: -> written_end }
You haven't said anything about the missed call on Tuesday. Point seven.
* [You're right, and I'm sorry. Point seven: that call back was promised and logged, and nobody made it. That's a broken promise. From now on your case stays with me, and I'll call you myself on Thursday afternoon to check the visit went well. #own+2 #complete+2 #trust+1 #note: Going back to the point she noticed, owning it and fixing the cause shows her no point is too small.]
    -> writing
* [Point seven is really covered by everything else. #complete-2 #mood-1 #note: Folding her point into another is exactly the skipping she is watching for.]
    -> writing

=== writing ===
{ mood <= 1: -> written_end }
I would like all of this in writing. Numbered.
* [Of course. I'll email you a numbered reply today by 5 pm: one line per point, with what we found and what happens next, and a copy of the order. #complete+2 #trust+1 #mood+1 #note: A numbered reply by a stated time matches how she thinks, and makes every promise checkable.]
    -> close_step
* [You'll get a confirmation email in due course. #complete-1 #note: "In due course" is the phrase that loses a perfectionist.]
    -> close_step

=== close_step ===
{ mood <= 1: -> written_end }
Thank you. That is more than I expected.
* [Thank you for the clear list, Ms Lindqvist. It made it much easier to get every point right. I'll call you on Thursday. #patient+1 #trust+1 #mood+1 #note: Thanking her for the list values the precision she brought, instead of treating it as a burden.]
    -> wrap
* [No problem. Have a good day. #patient-1 #note: A script goodbye after a careful call loses the warmth you built.]
    -> wrap

=== wrap ===
{ trust >= 7 && mood >= 6: -> answered_end }
-> partly_end

=== answered_end ===
Thursday, then. I'll look out for your email. #ending: answered
-> END

=== partly_end ===
I'll read your email carefully. I expect I will be writing back. #ending: partly
-> END

=== written_end ===
I can see this is going nowhere. I will put all eight points in writing to your director.
She ends the call. #stage #ending: written-complaint
-> END
