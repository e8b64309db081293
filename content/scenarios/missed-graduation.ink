VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_refund = false
VAR said_keep = false
VAR said_promise_photos = false
VAR said_courier = false
VAR said_return_first = false

A quiet voice. Long pause before she speaks. #stage
My son graduated on Saturday. The stole I ordered for him arrived this morning. Monday.
-> opening

=== opening ===
* [Oh, Mrs Delgado. I'm so sorry. A graduation happens once, and we missed it. #soothe+2 #mood+1 #note: Naming the loss and apologising before anything else tells her a person is listening.]
    -> story
* [I'm so sorry to hear that. Can I take your order number, please, so I can look into exactly what happened with the delivery? #soothe-1 #note: Jumping to the order number makes the loss sound like paperwork, however politely you ask.]
    -> story
* [Oh no. Express deliveries do get delayed at busy times, I'm afraid. #own-2 #soothe-1 #mood-1 #note: An excuse in your first breath tells her the company is protecting itself, not listening.]
    -> story

=== story ===
{ mood <= 1: -> complaint_end }
It had his name on it, in his grandmother's colours. She died last year. I wanted it to be a surprise on the day.
* [In his grandmother's colours. You'd planned that moment for him, and for her. #soothe+2 #trust+1 #note: Reflecting what the moment meant, in her words, is what soothing sounds like.]
    -> facts
* [I'm so sorry. Let me look at what went wrong with the order. #soothe+1 #mood-1 #note: A sincere sorry and a quick start on the facts, but she was still telling you about her mother. The order could wait a minute.]
    -> facts
* [At least he still graduated, and that's the main thing. I'm sure he looked wonderful, and he'll remember the day with or without the stole. #soothe-2 #mood-2 #note: Minimising the loss, however kindly meant, tells her it didn't matter.]
    -> facts

=== facts ===
{ mood <= 1: -> complaint_end }
You look up the order: express paid, promised for Thursday. It left our warehouse on Friday afternoon, a day late. #stage
So what happened?
* [I've checked. It left our warehouse a day late. That's our failure, not the courier's, and I'm sorry. #own+3 #soothe+1 #trust+1 #mood+1 #note: The facts first, then plain ownership for the company: no excuse, no passing it on.]
    -> demand
* [The courier's tracking shows it was held up over the weekend, so it looks like the delay may have been on their side rather than ours. #own-2 #note: The record shows our warehouse was late; blaming the courier is untrue and she will find out.]
    -> demand
* [I'm so sorry. It looks like the order didn't go out in time for Thursday, and I'm going to put that right as far as I can. #soothe+1 #own-1 #note: Kind, and true, but "didn't go out in time" still hides who was late, and she asked what happened.]
    -> demand

=== demand ===
{ mood <= 1: -> complaint_end }
I want the day back. I know you can't give me that. So I want a full refund, and I want you to pay for a professional photo shoot with the stole. It's 600.
* [You're right, I can't give you Saturday back, and I wish I could. Let me tell you what I can do, then we'll talk about the photos. #soothe+1 #honest+1 #mood+1 #note: Agreeing the day can't be undone, then separating what you can do now from what needs a decision, keeps you honest.]
    -> offer_step
* [I do understand, but 600 is quite a lot for a late delivery, and a photo shoot isn't really something we'd cover for a delay. #soothe-2 #honest-1 #mood-1 #note: Arguing the number before she feels heard turns a sad customer into an angry one.]
    -> offer_step
* [Of course. I'll get all of that sorted for you, the refund and the photo shoot. Just leave it with me and don't worry about a thing. #honest-2 #trust+1 #note: Agreeing to 600 that you cannot approve is a promise someone else will have to break.]
    -> offer_step

=== offer_step ===
{ mood <= 1: -> complaint_end }
What can you do, then?
* [#free:offer] -> photos

=== photos ===
{ mood <= 1: -> complaint_end }
{
    - reply_rude:
        A long silence. #stage
        I didn't ring to be spoken to like that. Not today.
    - reply_unclear:
        I'm sorry, I don't follow. What are you actually offering me?
    - said_courier:
        I don't mind whose van it was in. I paid you, and it came too late.
    - said_promise_photos:
        You'll pay for the photos? Just like that? Is that really yours to promise? I can't take another promise that doesn't happen.
    - said_refund && said_keep && not said_return_first:
        All of it back, and he keeps the stole. Thank you. That's something, at least.
    - said_return_first:
        Send it back? It has his name on it. What would you even do with it?
    - said_refund:
        My money back. All right. And the stole? Do you want it posted back to you?
    - said_keep:
        He can keep it. Thank you. And what I paid? I paid extra for it to come in time.
    - else:
        I'm not sure what that means for me. Do I get my money back?
}
Tell me straight. What about the photos?
* [I can't agree 600 myself, and I won't promise what I can't give. I'll take it to my supervisor today and call you by 4 tomorrow, either way. #honest+3 #offer+1 #trust+2 #note: Honest about your limit, committed to a decision and a time: that is how an excessive demand is escalated, not refused.]
    -> feels
* [That's not something I can agree, I'm afraid. I'll pass it on to my supervisor, and someone will be in touch. #honest+2 #trust-1 #note: Honest about your limit, and there is a route, but "someone will be in touch" gives her no name and no time to hold on to.]
    -> feels
* [Please don't worry about the photos. Send me the photographer's invoice when you have it, and I'll make sure it's paid in full. It's the least we can do. #honest-2 #note: A promise beyond your authority, however kind, may be broken by someone else.]
    -> feels

=== feels ===
{ mood <= 1: -> complaint_end }
It still feels like nothing, set against the day.
* [I know. Nothing can make up for Saturday. But you've paid nothing, the stole is his to keep, and you'll have my answer on the photos by 4 tomorrow. #soothe+1 #offer+1 #trust+1 #mood+1 #note: Persuading from her side (what it gives her, what worry it removes) is how a fair offer is accepted.]
    -> prevent
* [I do understand, and I'm sorry you feel that way. A full refund with the express fee is more than we'd usually offer, and you keep the stole as well, so that really is the best we can do. #soothe-1 #mood-1 #note: Telling her how generous the offer is argues with her feeling, and "the best we can do" is a closing door, not an explanation.]
    -> prevent

=== prevent ===
{ mood <= 1: -> complaint_end }
Will this happen to someone else's child?
* [Not if I can help it. I'm reporting the late dispatch to our warehouse manager today. #own+1 #trust+1 #mood+1 #note: Fixing the cause for others gives the apology weight.]
    -> close_step
* [I completely understand the worry. Honestly, it's very rare: nearly all our express orders arrive on time, and this was just an unlucky one. I really wouldn't worry. #own-1 #note: "Rare" is no comfort to the person it happened to, and it leaves the cause unfixed.]
    -> close_step

=== close_step ===
{ mood <= 1: -> complaint_end }
All right.
* [To sum up: the full refund, express fee included, goes through today and shows in three to five working days. You keep the stole. I'm emailing you a confirmation with my name, and I'll call you by 4 tomorrow about the photos. #close+3 #trust+1 #mood+1 #note: What, when, and who: a clear close means she doesn't have to chase.]
    -> wrap
* [Your refund's going through today, and I'll call you tomorrow about the photos. #close+1 #mood-1 #note: Warm and brief, but "tomorrow" with no time, and nothing in writing, leaves her waiting by the phone all day.]
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
