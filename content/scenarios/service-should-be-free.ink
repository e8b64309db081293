VAR mood = 4
VAR trust = 2
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_free_part = false
VAR said_why = false
VAR said_price = false
VAR said_policy = false
VAR said_blame = false
VAR said_free_promise = false

A calm, friendly voice. An older man. #stage
Good morning. My washing machine has stopped spinning. I bought it from you, so I'd like to book the free repair, please.
-> opening

=== opening ===
* [I'm sorry it's let you down, Mr Nowak. Let me pull up the machine first. #warm+1 #expect+1 #mood+1 #note: An apology for the trouble, and checking before answering, keeps the door open without promising anything.]
    -> warranty
* [Before I book anything, I need to check the warranty. Can you give me the date you bought it, and the model number on the door? #expect+1 #warm-1 #note: Careful not to promise, but going straight to dates and model numbers skips the "sorry", and it sounds like you're looking for a way out.]
    -> warranty
* [Of course, Mr Nowak, and thank you for coming back to us. Let me get the free repair booked in for you and find you the earliest slot we have. #expect-2 #trust+1 #note: Promising "free" before you have checked is a promise you will have to take back.]
    -> take_back

=== take_back ===
{ mood <= 1: -> lost_end }
You look up the machine: bought 26 months ago. The free-repair warranty covered 24 months. #stage
Lovely. When can the engineer come?
* [I'm sorry, I spoke too soon. I've checked, and it's two months past the two-year warranty, so a visit isn't free. Let me explain what is, and find you the best option. #expect+2 #explain+1 #trust+1 #note: Correcting your own mistake quickly and plainly keeps his trust; letting it stand would cost much more later.]
    -> objection
* [Let me get that booked for you. Just so you know, there might be a small charge, depending on what the engineer finds, but they'll go through all of that with you when they arrive. #expect-2 #mood-1 #note: Leaving the engineer to break the news turns a small surprise into a doorstep argument.]
    -> objection

=== warranty ===
{ mood <= 1: -> lost_end }
You look up the machine: bought 26 months ago. The free-repair warranty covered 24 months. #stage
So when can the engineer come?
* [Your machine is 26 months old, and the free-repair warranty covers the first two years. After that, a visit is a paid service. But first, let me see what I can do. #wording+2 #expect+1 #explain+1 #trust+1 #note: The agreed explanation, given plainly with his own dates, tells him where he stands without closing the door.]
    -> objection
* [Unfortunately it's out of warranty, so it'll be 79 for the callout and labour, plus parts. #expect+1 #warm-1 #mood-1 #note: Correct, but cold: the number lands before he understands why.]
    -> objection
* [Technically it's just out of warranty, but you've been a loyal customer and it's only two months over, so please don't worry. I'm sure we can sort something out for you. #expect-2 #note: "Don't worry" promises something you have not checked you can give.]
    -> objection

=== objection ===
{ mood <= 1: -> lost_end }
But I bought it from you. Three machines now. Surely service should be free. That's what customer service is.
* [I can see why it feels unfair after three machines, and I appreciate you coming back to us. #warm+2 #mood+1 #note: Acknowledging the feeling, and his loyalty, before the explanation is what lets him hear the explanation.]
    -> explain_step
* [I do understand, but I'm afraid that's the policy. The warranty lasts two years, and after that all repairs are chargeable, wherever you bought the machine. #wording-2 #warm-1 #mood-1 #note: "Policy" is the answer he will remember, and it explains nothing.]
    -> explain_step
* [Most companies charge more than us, to be fair. #warm-1 #explain-1 #note: Comparing with competitors argues with him instead of explaining.]
    -> explain_step

=== explain_step ===
{ mood <= 1: -> lost_end }
So what exactly do I get for free, then?
* [#free:explain] -> options

=== options ===
{ mood <= 1: -> lost_end }
{
    - reply_rude:
        There's no call to talk to me like that. I asked you a civil question.
    - reply_unclear:
        I'm sorry, I didn't follow that at all. Could you put it in a sentence for me?
    - said_free_promise:
        Free after all? Well, that's more like it. But then why did you tell me the warranty had run out?
    - said_blame:
        I didn't know I needed to study the small print to get a washing machine mended.
    - said_policy:
        Policy. That's a word, not a reason. Why should I pay?
    - said_why && said_price:
        Hm. So the advice is free, and it's the engineer's time I'd be paying for. 79. All right, that makes sense, I suppose.
    - said_price:
        79, then. I still don't see why it's free one month and not the next, but go on.
    - said_why:
        So I'd be paying for the engineer's time. That's fair enough. But how much are we talking about?
    - said_free_part:
        The advice is free, right. But what would a repair cost me?
    - else:
        I'm not sure that answers it. What's free, and what do I pay for?
}
So what are my options?
* [Let's try the free route first. A blocked drain filter often stops the spin, and I can talk you through checking it now. If that's not it, I'll check your guarantees and book a visit. #options+2 #explain+1 #trust+1 #mood+1 #note: Free troubleshooting first, then a check for cover, then the paid visit: the best options, in the order that saves him most.]
    -> filter
* [I can book an engineer for you: 79 for the visit, plus parts. #options+1 #trust-1 #note: Quick, and a real option, but it skips the free check that might save him the visit, and he'll wonder later why nobody mentioned it.]
    -> motor
* [To be honest, at that age it might be worth looking at a new machine. Repairs add up, and we've got some very efficient models at the moment, so you could be saving on your electricity bills too. #options-2 #warm-1 #mood-1 #note: Suggesting he buy again, two months after warranty, sounds like a sales line.]
    -> motor

=== filter ===
{ mood <= 1: -> lost_end }
Go on then. Where's this filter?
* [Bottom right, behind the little flap. Put a towel down first, there'll be some water. Turn the cap slowly anticlockwise, and tell me what you see. #options+1 #explain+1 #warm+1 #note: Short steps, one at a time, with the warning about water: clear enough to follow on the phone.]
    -> motor
* [It's all in the manual, section 7. #options-1 #mood-1 #note: Sending him to the manual turns free help into homework.]
    -> motor

=== motor ===
{ mood <= 1: -> lost_end }
There was a sock in it! But it still won't spin. Fine. Book the engineer.
You check the model: the motor has a 10-year parts guarantee. #stage
* [Good news: the motor on your model has a 10-year parts guarantee. If that's the fault, the part is free and you pay just the 79 visit. Any other part, the engineer quotes first. #options+2 #expect+2 #trust+2 #mood+1 #note: Checking for cover he did not know about is the service he was asking for, within the rules.]
    -> booking
* [I'll book it. It's 79 for the visit and labour, and the engineer quotes any parts before starting. #expect+2 #options-1 #note: Clear on the price, so no surprises later, but you never told him about the motor guarantee, the thing most likely to save him money.]
    -> booking
* [Tell you what, as you've been with us so long and bought three machines, I'll waive the whole charge as a one-off. I'll put a note on the booking so the engineer knows not to charge you. #expect-2 #wording-1 #note: A promise beyond your authority is one the company may not keep, and it tells the next customer the rules are negotiable.]
    -> booking

=== booking ===
{ mood <= 1: -> lost_end }
Right. When?
* [Thursday, 8 till 12. The 79 covers the visit and labour, a faulty motor is free, and any other part is quoted first. I'm texting you all of that now. #expect+1 #explain+1 #trust+1 #note: When, what it costs, what might cost more, and a written confirmation: no surprises on Thursday.]
    -> closing
* [The engineer's booked for Thursday. #expect-1 #note: Without the price and what it covers, Thursday's invoice will feel like a surprise.]
    -> closing

=== closing ===
{ mood <= 1: -> lost_end }
I still think it ought to be free after three machines. But at least I know where I stand.
* [That's fair, and I'll pass your feedback on about the warranty length. Thank you for sticking with us, Mr Nowak. #warm+1 #mood+1 #trust+1 #note: Respecting his view and passing it on, instead of arguing again, ends a "no" on a warm note.]
    -> wrap
* [I do understand, but the two-year warranty is clearly stated on your receipt and in the terms, and we can't really make exceptions, or it wouldn't be fair on other customers. #warm-2 #mood-1 #note: Winning the last point costs the relationship, however reasonable the point.]
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
