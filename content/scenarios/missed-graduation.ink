VAR mood = 3
VAR trust = 1

A quiet voice. Long pause before she speaks. #stage
My son graduated on Saturday. The stole I ordered for him arrived this morning. Monday.
-> opening

=== opening ===
* [Oh, Mrs Delgado. I'm so sorry. A graduation happens once, and we missed it. #soothe+2 #mood+1 #note: Naming the loss and apologising before anything else tells her a person is listening.]
    -> story
* [I'm sorry to hear that. Can I take your order number? #soothe-1 #note: Jumping to the order number makes the loss sound like paperwork.]
    -> story
* [Express deliveries can be delayed in busy periods, unfortunately. #own-2 #soothe-1 #mood-1 #note: An excuse as your first sentence tells her the company is protecting itself, not listening.]
    -> story

=== story ===
{ mood <= 1: -> complaint_end }
It had his name on it, in his grandmother's colours. She died last year. I wanted it to be a surprise on the day.
* [You'd planned that moment for him, and for her. I can hear how much it meant. #soothe+2 #trust+1 #note: Reflecting what the moment meant, in her words, is what soothing sounds like.]
    -> facts
* [I understand. Let's see what we can do about a refund. #soothe-1 #offer+1 #note: Moving to money while she is telling you about her mother feels like being hurried off the phone.]
    -> facts
* [At least he still graduated, and that's the main thing! #soothe-2 #mood-2 #note: Minimising the loss, however kindly meant, tells her it didn't matter.]
    -> facts

=== facts ===
{ mood <= 1: -> complaint_end }
You look up the order: express paid, promised for Thursday. It left our warehouse on Friday afternoon, a day late. #stage
So what happened?
* [I've checked. It left our warehouse a day late. That's our failure, not the courier's, and certainly not yours. I'm sorry. #own+3 #trust+1 #mood+1 #note: The facts first, then plain ownership for the company: no excuse, no passing it on.]
    -> demand
* [The courier's system shows a delay, so it may have been on their side. #own-2 #note: The record shows our warehouse was late; blaming the courier is untrue and she will find out.]
    -> demand
* [It looks like there was a delay somewhere along the line. #own-1 #note: "Somewhere" sounds like nobody is responsible.]
    -> demand

=== demand ===
{ mood <= 1: -> complaint_end }
I want the day back. I know you can't give me that. So I want a full refund, and I want you to pay for a professional photo shoot with the stole. It's 600.
* [You're right, I can't give you Saturday back, and I wish I could. Let me tell you what I can do, and then we'll talk about the photos. #soothe+1 #honest+1 #mood+1 #note: Agreeing the day can't be undone, then separating what you can do now from what needs a decision, keeps you honest.]
    -> offer_step
* [600 is quite a lot for a late delivery. #soothe-2 #honest-1 #mood-1 #note: Arguing the number before she feels heard turns a sad customer into an angry one.]
    -> offer_step
* [Of course, I'll get all of that sorted for you. #honest-2 #trust+1 #note: Agreeing to 600 that you cannot approve is a promise someone else will have to break.]
    -> offer_step

=== offer_step ===
{ mood <= 1: -> complaint_end }
What can you do, then?
* [#free:offer] -> photos

=== photos ===
{ mood <= 1: -> complaint_end }
And the photos?
* [I can't agree 600 myself, and I won't promise you something I can't give. I'll put your request to my supervisor today, with my recommendation, and call you by 4 pm tomorrow with an answer either way. #honest+3 #offer+1 #trust+2 #note: Honest about your limit, committed to a decision and a time: that is how an excessive demand is escalated, not refused.]
    -> feels
* [That's not something we do, I'm afraid. #honest+1 #soothe-1 #mood-1 #note: Possibly true, but a flat no, with no explanation or route, lands hard on a hurt customer.]
    -> feels
* [Send me the photographer's invoice and I'll make sure it's paid. #honest-2 #note: A promise beyond your authority, however kind, may be broken by someone else.]
    -> feels

=== feels ===
{ mood <= 1: -> complaint_end }
It still feels like nothing, set against the day.
* [I understand. It can't make up for Saturday. What it does mean: you've paid nothing for an order we let you down on, the stole is his to keep for the photos you take at home, and you'll have a decision on the photo shoot from me by 4 tomorrow. #soothe+1 #offer+1 #trust+1 #mood+1 #note: Persuading from her side (what it gives her, what worry it removes) is how a fair offer is accepted.]
    -> prevent
* [That's really the best we can do. #soothe-1 #mood-1 #note: "The best we can do" is a closing door, not an explanation.]
    -> prevent

=== prevent ===
{ mood <= 1: -> complaint_end }
Will this happen to someone else's child?
* [Not if I can help it. I'm reporting the late dispatch to our warehouse manager today, so express orders aren't held back again. #own+1 #trust+1 #mood+1 #note: Fixing the cause for others gives the apology weight.]
    -> close_step
* [It's very rare, so I wouldn't worry. #own-1 #note: "Rare" is no comfort to the person it happened to.]
    -> close_step

=== close_step ===
{ mood <= 1: -> complaint_end }
All right.
* [To sum up: the full refund, express fee included, is on its way today and shows in three to five working days; you keep the stole; I'm emailing you the confirmation with my name; and I'll call you by 4 pm tomorrow about the photos. #close+2 #trust+1 #mood+1 #note: What, when, and who: a clear close means she doesn't have to chase.]
    -> wrap
* [You'll get an email. Anything else I can help with? #close-1 #note: After a call like this, a script close undoes the care you showed.]
    -> wrap

=== wrap ===
{ trust >= 7 && mood >= 6: -> comforted_end }
-> hurt_end

=== comforted_end ===
Thank you. You actually listened. I'll wait for your call tomorrow. #ending: comforted
-> END

=== hurt_end ===
Fine. Thank you. #ending: hurt
-> END

=== complaint_end ===
I don't think you understand at all. I'll be putting this in writing.
She hangs up. #stage #ending: complaint
-> END
