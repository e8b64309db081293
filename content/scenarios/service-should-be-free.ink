VAR mood = 4
VAR trust = 2

A calm, friendly voice. An older man. #stage
Good morning. My washing machine has stopped spinning. I bought it from you, so I'd like to book the free repair, please.
-> opening

=== opening ===
* [I'm sorry it's let you down, Mr Nowak. Let me pull up the machine so I know exactly what you have. #warm+1 #expect+1 #mood+1 #note: An apology for the trouble, and checking before answering, keeps the door open without promising anything.]
    -> warranty
* [Repairs aren't free once the warranty has run out. #warm-2 #explain-1 #mood-2 #note: A flat no before you have even looked him up makes a loyal customer feel brushed off.]
    -> warranty
* [Of course, let me book the free repair for you. #expect-2 #trust+1 #note: Promising "free" before you have checked is a promise you will have to take back.]
    -> take_back

=== take_back ===
{ mood <= 1: -> lost_end }
You look up the machine: bought 26 months ago. The free-repair warranty covered 24 months. #stage
Lovely. When can the engineer come?
* [I'm sorry, I spoke too soon. I've now checked, and the machine is two months past its two-year warranty, so a visit isn't free. Let me explain what is, and find you the best option. #expect+2 #explain+1 #trust+1 #note: Correcting your own mistake quickly and plainly keeps his trust; letting it stand would cost much more later.]
    -> objection
* [Actually there might be a small charge. The engineer will tell you. #expect-2 #mood-1 #note: Leaving the engineer to break the news turns a small surprise into a doorstep argument.]
    -> objection

=== warranty ===
{ mood <= 1: -> lost_end }
You look up the machine: bought 26 months ago. The free-repair warranty covered 24 months. #stage
So when can the engineer come?
* [Your machine is 26 months old, and the free-repair warranty covers the first two years. After that, a repair visit is a paid service. Before we get to that, let me see what I can do for you. #wording+2 #expect+1 #explain+1 #trust+1 #note: The agreed explanation, given plainly with his own dates, tells him where he stands without closing the door.]
    -> objection
* [Unfortunately it's out of warranty, so it's 79 plus parts. #expect+1 #warm-1 #mood-1 #note: Correct, but cold: the number lands before he understands why.]
    -> objection
* [Technically it's out of warranty, but don't worry, we'll sort something out. #expect-2 #note: "Don't worry" promises something you have not checked you can give.]
    -> objection

=== objection ===
{ mood <= 1: -> lost_end }
But I bought it from you. Three machines now. Surely service should be free. That's what customer service is.
* [I can see why it feels unfair after three machines, and I appreciate you coming back to us. #warm+2 #mood+1 #note: Acknowledging the feeling, and his loyalty, before the explanation is what lets him hear the explanation.]
    -> explain_step
* [I'm afraid that's the policy. #wording-2 #warm-1 #mood-1 #note: "Policy" is the answer he will remember, and it explains nothing.]
    -> explain_step
* [Most companies charge more than we do, to be fair. #warm-1 #explain-1 #note: Comparing with competitors argues with him instead of explaining.]
    -> explain_step

=== explain_step ===
{ mood <= 1: -> lost_end }
So what exactly do I get for free, then?
* [#free:explain] -> options

=== options ===
{ mood <= 1: -> lost_end }
Hm. All right, that makes sense, I suppose. So what are my options?
* [Three things. First, free help now: a blocked drain filter often stops the spin, and I can talk you through checking it in five minutes. If that's not it, I'll check whether the faulty part has a longer guarantee, and then book a fixed-price visit. #options+2 #explain+1 #trust+1 #mood+1 #note: Free troubleshooting first, then a check for cover, then the paid visit: the best options, in the order that saves him most.]
    -> filter
* [I can book an engineer for 79 plus parts. #options-1 #note: Correct, but it skips everything that might save him the visit.]
    -> motor
* [To be honest, at that age it might be worth looking at a new machine. #options-2 #warm-1 #mood-1 #note: Suggesting he buy again, two months after warranty, sounds like a sales line.]
    -> motor

=== filter ===
{ mood <= 1: -> lost_end }
Go on then. Where's this filter?
* [Bottom right, behind the little flap. Put a towel down first, there'll be some water. Turn the cap slowly anticlockwise. Tell me what you see. #options+1 #explain+1 #warm+1 #note: Short steps, one at a time, with the warning about water: clear enough to follow on the phone.]
    -> motor
* [It's all in the manual, section 7. #options-1 #mood-1 #note: Sending him to the manual turns free help into homework.]
    -> motor

=== motor ===
{ mood <= 1: -> lost_end }
There was a sock in it! But it still won't spin. Fine. Book the engineer.
You check the model: the motor has a 10-year parts guarantee. #stage
* [One more thing I've checked: the motor on your model has a 10-year parts guarantee. If the motor is the fault, the part is free and you pay only the 79 visit, which covers travel and labour. Anything else, the engineer quotes before starting. #options+2 #expect+2 #trust+2 #mood+1 #note: Checking for cover he did not know about is the service he was asking for, within the rules.]
    -> booking
* [That's 79 plus parts then. I'll book it. #options-1 #note: You missed the motor guarantee that could have saved him most of the cost.]
    -> booking
* [Tell you what, I'll waive the whole thing as a one-off. #expect-2 #wording-1 #note: A promise beyond your authority is one the company may not keep, and it tells the next customer the rules are negotiable.]
    -> booking

=== booking ===
{ mood <= 1: -> lost_end }
Right. When?
* [Thursday between 8 and 12. The 79 covers the visit and labour; a faulty motor is free under its guarantee; any other part is quoted before work starts. I'm texting you the booking and the price now. #expect+1 #explain+1 #trust+1 #note: When, what it costs, what might cost more, and a written confirmation: no surprises on Thursday.]
    -> closing
* [The engineer's booked for Thursday. #expect-1 #note: Without the price and what it covers, Thursday's invoice will feel like a surprise.]
    -> closing

=== closing ===
{ mood <= 1: -> lost_end }
I still think it ought to be free after three machines. But at least I know where I stand.
* [That's fair, and I'll pass on your feedback about how long the warranty is. Thank you for sticking with us, Mr Nowak. #warm+1 #mood+1 #trust+1 #note: Respecting his view and passing it on, instead of arguing again, ends a "no" on a warm note.]
    -> wrap
* [Well, the warranty is clearly stated on the receipt. #warm-2 #mood-1 #note: Winning the last point costs the relationship.]
    -> wrap

=== wrap ===
{ trust >= 7 && mood >= 6: -> understood_end }
-> grudging_end

=== understood_end ===
Thank you. You've been very patient with an old man. Thursday it is. #ending: understood
-> END

=== grudging_end ===
Yes, well. We'll see what Thursday costs me. #ending: grudging
-> END

=== lost_end ===
I've been a customer for fifteen years. I think I'll buy my next one somewhere else. Goodbye. #ending: lost
-> END
