VAR openness = 3
VAR trust = 2
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_observable = false
VAR said_number = false
VAR said_asks = false
VAR said_labels = false
VAR said_tells_fix = false

Daniel sits down across from you, arms folded, before you've opened your notes. #stage
Is this about my scores? Because honestly, customers are ruder these days. It's not me.
-> opening

=== opening ===
* [Partly. But first, the lost-order call on Monday: five stars. What did you do there? #recognise+2 #listen+1 #openness+1 #note: A specific success first, with a question, showed him his skill is seen before anything else is said.]
    -> success
* [Yes, it is, and I'd rather be upfront about it. Your quality score has gone from 88 to 71 over two months, and I'd like us to work out together what's changed and what we can do. #recognise-1 #openness-1 #note: Honest and well-meant, but leading with the number confirmed his fear that this is a telling-off.]
    -> opening_cold
* [Customers aren't ruder, Daniel. That's an excuse. #calm-2 #listen-1 #openness-2 #note: Arguing with his view in the first minute turned the one-to-one into a debate.]
    -> opening_cold

=== opening_cold ===
Here we go.
* [Let me start again. Before any numbers, I want to talk about something you did really well on Monday. #recognise+2 #calm+1 #openness+2 #note: Resetting the conversation around a real success rescued it.]
    -> success
* [Fair enough. The scores are down and we do need to talk about them, but before that I want to mention your lost-order call on Monday, because it got five stars. #recognise+1 #trust-1 #note: You got to the Monday call, which helped, but naming the scores first kept his guard up.]
    -> success

=== success ===
{ openness <= 1: -> shut_down_end }
The Monday call? I just let her talk, I suppose. Then I told her exactly when I'd call back.
* [That's it exactly: you let her talk, and you gave her a time. I want more of that. #recognise+1 #observe+1 #trust+1 #openness+1 #note: Naming the exact steps that worked makes the success repeatable, not just praise.]
    -> his_view
* [Good, that's really good to hear, so keep doing it. Now, I don't want to take up too much of your time, so let's move on to the scores, because that's what we need to sort out today. #recognise-1 #openness-1 #note: Friendly, but rushing past the success told him it was just a sweetener before the criticism.]
    -> his_view

=== his_view ===
{ openness <= 1: -> shut_down_end }
But most calls aren't like that. People start shouting from the first second.
* [Tell me about one of those. What happens in the first minute? #listen+2 #trust+1 #note: Asking about a real call lets him look at it with you instead of defending it.]
    -> feedback
* [That sounds draining. How do you cope on days like that? #listen+1 #openness+1 #note: A kind question that keeps him talking, but it's about coping with shouting, not about what happens in his first minute, so the habit stays out of view.]
    -> feedback
* [Is it possible something in how you open the call is setting them off? When we're tired, it can come across in our tone without us noticing. #observe-2 #openness-2 #note: Gently put, but a guess about his tone is a label, not feedback; he can't see it or act on it.]
    -> feedback

=== feedback ===
{ openness <= 1: -> shut_down_end }
He waits. #stage
* [#free:the-feedback] -> defensive

=== defensive ===
{ openness <= 1: -> shut_down_end }
{
    - reply_rude:
        Right. So this is a telling-off after all.
    - reply_unclear:
        Sorry, I don't follow. Is this about me asking for the account number?
    - said_labels:
        That's a label, not feedback. You weren't on those calls with me. Is this about the account number?
    - said_tells_fix:
        So you've already decided what I'm doing wrong with the account number, and what I should do instead.
    - said_observable && said_number && said_asks:
        What happens for them? I suppose they feel cut off. All three calls, though? I didn't think it was that quick.
    - said_observable && said_number:
        All three? In the first thirty seconds? I didn't think it was that quick.
    - said_observable:
        Too early? I don't cut people off. I just get on with the call.
    - said_number:
        Asking for the account number? That's the job. Everyone does it.
    - else:
        I'm not sure what you're getting at. Is this about me asking for the account number?
}
So it's my fault now? The system needs the account number!
* [It does need it. It's when you ask that matters. This isn't about fault: it's one habit, and it's easy to fix. #calm+2 #observe+1 #openness+1 #note: You agreed with what was true, separated the habit from the person and stayed on the point.]
    -> his_idea
* [Honestly? In those three calls, yes, it was. #calm-2 #openness-2 #note: Confirming blame hands him the fight he was expecting.]
    -> his_idea
* [Okay, let's not get stuck on it. You know the system better than I do, and I'm sure you'll find your own way to handle it. Shall we move on? #observe-2 #agree-1 #note: Meant to keep the peace, but backing off the moment he pushes leaves the habit untouched.]
    -> his_idea

=== his_idea ===
{ openness <= 1: -> shut_down_end }
I suppose I could let them finish first.
* [That sounds right. What would that look like on your next call? #listen+2 #agree+1 #trust+1 #note: Asking him to describe it turns your idea into his plan.]
    -> one_change
* [Good. Let them finish, say sorry, then ask for the number. #agree+1 #openness-1 #note: Clear and practical, but you finished his thought for him, so the plan is now yours, not his.]
    -> one_change

=== one_change ===
{ openness <= 1: -> shut_down_end }
Let them finish, say sorry, then ask for the number?
* [Exactly. Just that one change this week, nothing else. #agree+2 #observe+1 #trust+1 #note: One change is something he can do tomorrow; a list is something he will forget.]
    -> follow_up
* [Yes. And while we're at it, I'd like you to look at your closings and hold times too, since they came up in the review. Better to tackle it all at once. #agree-2 #openness-1 #note: Well-meant, but piling on everything at once buries the one change that matters.]
    -> follow_up

=== follow_up ===
{ openness <= 1: -> shut_down_end }
And then what?
* [I'll listen to three of your calls next Thursday, and on Friday we'll look at them together. What should I listen out for? #agree+2 #listen+1 #trust+1 #note: A dated follow-up, done together, with his say in what you look for, is what makes coaching stick.]
    -> closing
* [Try it for a week and tell me how it feels. My door's open whenever you want to talk it through. #listen+1 #agree-1 #note: Respectful of his ownership, but with no date and no calls to look at together, the change can quietly fade.]
    -> closing

=== closing ===
{ openness <= 1: -> shut_down_end }
Okay. Thanks. I thought this was going to be a telling-off.
* [It's not. You're good at this, and I want you to enjoy it again. Thanks for being honest with me. #recognise+1 #calm+1 #openness+1 #trust+1 #note: Ending on recognition and thanks leaves him wanting to come back.]
    -> wrap
* [No telling-off. Before you go, let's put our follow-up in both calendars now, before either of us gets pulled back onto the phones. #agree+1 #openness-1 #note: Practical, and the follow-up is now fixed, but you stepped past his relief without a word about his skill, so the last thing he hears is admin.]
    -> wrap

=== wrap ===
{ trust >= 6 && openness >= 6: -> agreed_end }
-> half_hearted_end

=== agreed_end ===
Friday, then. I'll try it on my first call tomorrow. #ending: agreed
-> END

=== shut_down_end ===
Fine. Whatever you say. Can I get back to the phones now?
He leaves before you can answer. #stage #ending: shut-down
-> END

=== half_hearted_end ===
Okay. I'll see what I can do. #ending: half-hearted
-> END
