VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_slot = false
VAR said_threshold = false
VAR said_records = false
VAR said_copy = false
VAR said_accuse = false
VAR said_gives_in = false

A precise voice; you can hear a page being turned. #stage
Good afternoon. I have a list about Monday's wardrobe delivery. Eight points. I would like to go through all of them.
-> opening

=== opening ===
* [Of course, Ms Lindqvist. Please go through all eight. I'll note each one by number. #patient+2 #complete+1 #mood+1 #note: Inviting the whole list, and keeping her numbering, tells a precise customer every point will be heard.]
    -> list
* [Could you give me a quick summary of the main issue first? #patient-2 #mood-1 #note: Asking a perfectionist to summarise tells her most of her list won't matter.]
    -> list
* [Eight, right. I'll do my best to get through them all with you. It's quite busy this afternoon, so if we can keep each one brief, that would really help. #patient-2 #mood-2 #note: Polite, but hurrying her is the surest way to hear all eight points twice.]
    -> list

=== list ===
{ mood <= 1: -> written_end }
One: I was given an all-day window, eight to six. Two: the crew arrived at 5:40 without calling. Three: muddy footprints on my cream carpet. Four: a scratched door. Five: two shelves missing. Six: they left the packaging, though removal was booked. Seven: nobody called me back on Tuesday as promised. Eight: I was charged for assembly, which I understood was free.
* [Thank you. Eight points: the window, no call, the carpet, the door, the shelves, the packaging, the call back and the fee. I'm sorry, that's a lot for one delivery. #patient+2 #complete+1 #trust+1 #note: Reading her list back shows you took in every point, and the apology is for the whole experience.]
    -> check
* [Thank you. Before we go on, I should just mention on point one that the all-day window, eight to six, is our standard delivery slot, so the time itself wasn't actually an error on our side. #patient-2 #explain-1 #mood-1 #note: It may even be true, but arguing point one before you have acknowledged the list tells her you're defending, not listening.]
    -> check
* [So the main thing is really the scratch on the door, isn't it? #complete-2 #patient-1 #note: Picking one point for her is exactly the brush-off she expected.]
    -> check

=== check ===
{ mood <= 1: -> written_end }
Well?
* [Let me check the order, the crew's notes and the call log first, so I answer from the facts. One minute. #explain+2 #trust+1 #note: Checking our own records first is how you answer a detailed list accurately.]
    -> ours
* [Let me pull up your order so I'm answering from the facts. The crew's notes and the call log take longer to load, so to save you time I'll answer from what the order shows. #explain+1 #complete-1 #note: Checking the order is right and quick, but points two to seven live in the crew's notes and the call log. Saving a minute risks answering six points from guesswork.]
    -> ours

=== ours ===
{ mood <= 1: -> written_end }
You check: the pack list shows the two shelves were never loaded; the Tuesday call back was logged and not made; packaging removal was booked. The order shows the all-day slot and paid assembly on an 850 order. #stage
Go on.
* [Points two to seven are ours, and I'm sorry. The crew should have called. They marked your carpet and scratched the door. The shelves were never loaded, the packaging should have gone, and nobody made Tuesday's call. #own+3 #complete+1 #trust+1 #mood+1 #note: Naming each failure, in her order, with no excuses, is the plain ownership a precise customer respects.]
    -> explain_step
* [Points two to seven are ours, I'm afraid. Monday was a very long day for the crew, with traffic and two jobs running late, which is why they arrived at 5:40 and were rushing. That's no excuse for the carpet, the door, the shelves or the packaging, or for Tuesday's call. #own+2 #mood-1 #note: You owned every failure, which she respects, but the traffic story she never asked for sounds like the excuse she expected, and it guesses at a cause.]
    -> explain_step
* [I'm sorry. I should explain that the delivery crew is a subcontractor, so some of this is really on them rather than us. #own-2 #note: The company owns the outcome; blaming the crew tells her nobody will.]
    -> explain_step

=== explain_step ===
{ mood <= 1: -> written_end }
And points one and eight?
* [#free:explain] -> remedy

=== remedy ===
{ mood <= 1: -> written_end }
{
    - reply_rude:
        I beg your pardon. I have been entirely civil with you, and I would ask the same.
    - reply_unclear:
        That is not an answer. Points one and eight, please. One at a time, in sentences.
    - said_accuse:
        I did not call to be told I cannot read an order form. I shall note that remark.
    - said_gives_in:
        Oh. So the order was wrong as well. I shall add that to my list.
    - said_slot && said_threshold:
        {said_records: If that is what the order shows, then I accept points one and eight.|I see. I accept that, provided the order says so.}
        {said_copy: Yes, please send the copy. I will check it.|I would like to see the order all the same.}
    - said_slot:
        That answers point one. Point eight, the assembly fee, you have not answered.
    - said_threshold:
        That answers point eight. Point one, the window, you have not answered.
    - else:
        That answers neither point. I will want both in writing, from the order itself.
}
Now. What will you do about the rest?
* [Point by point: the shelves and a new door on Thursday, 8 to 12, free, with a call 30 minutes ahead. The crew takes the packaging then. We'll pay for a carpet clean, and I'm refunding the delivery fee. #remedy+3 #complete+1 #trust+1 #mood+1 #note: A specific fix for every failure, at a time that suits her, answers the list point by point.]
    -> skipped
* [I'm really sorry for all the trouble. As a goodwill gesture, I'd like to offer you a 50 voucher for the inconvenience, which you can use on anything in our store, including the delivery charge on your next order. #remedy-2 #complete-1 #note: Generous in tone, but one vague gesture for six failures leaves every one of them unsolved.]
    -> skipped
* [I'll book the two shelves and a new door for Thursday morning, at no charge, and the crew will call 30 minutes before. #remedy+2 #complete-1 #note: A specific fix at a time that suits her, but it covers two points of six: the carpet, the packaging and the wasted visit are still open, and she is counting.]
    -> skipped

=== skipped ===
{ mood <= 1: -> written_end }
You haven't said anything about the missed call on Tuesday. Point seven.
* [You're right, I'm sorry. Point seven: the call back was promised, logged and never made. That's a broken promise. Your case stays with me now, and I'll call you myself on Thursday afternoon. #own+2 #complete+2 #trust+1 #note: Going back to the point she noticed, owning it and fixing the cause shows her no point is too small.]
    -> writing
* [Yes, point seven. I think once the Thursday visit is booked and the crew calls you half an hour beforehand, that really covers the call back as well, because you'll be hearing from us directly before anyone arrives. #complete-2 #mood-1 #note: It sounds tidy, but folding her point into another is exactly the skipping she is watching for.]
    -> writing

=== writing ===
{ mood <= 1: -> written_end }
I would like all of this in writing. Numbered.
* [Of course. I'll email you a numbered reply by 5 pm today: one line per point, what we found, what happens next, and a copy of the order. #complete+2 #trust+1 #mood+1 #note: A numbered reply by a stated time matches how she thinks, and makes every promise checkable.]
    -> close_step
* [Certainly. I'll send you the booking confirmation for Thursday right now, so you have it in writing. #complete+1 #mood-1 #note: Quick, and it puts the visit in writing, but a booking confirmation is not the numbered answer to all eight points she asked for.]
    -> close_step

=== close_step ===
{ mood <= 1: -> written_end }
Thank you. That is more than I expected.
* [Thank you for the clear list, Ms Lindqvist. It made it much easier to get every point right. I'll call you on Thursday. #patient+1 #trust+1 #mood+1 #note: Thanking her for the list values the precision she brought, instead of treating it as a burden.]
    -> wrap
* [You're very welcome. I'm glad we could get it all sorted for you today. Is there anything else I can help you with? If not, have a lovely afternoon. #patient-1 #note: Friendly, but a script goodbye after a careful call loses the warmth you built. Thank her for the list that made it possible.]
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
