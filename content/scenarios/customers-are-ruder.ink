VAR openness = 3
VAR trust = 2

Daniel sits down across from you, arms folded, before you've opened your notes. #stage
Is this about my scores? Because honestly, customers are ruder these days. It's not me.
-> opening

=== opening ===
* [Partly, yes, and I want to start somewhere else. The lost-order call on Monday: you kept her on side for twenty minutes and she gave you five stars. What did you do there? #recognise+2 #listen+1 #openness+1 #note: A specific success first, with a question, showed him his skill is seen before anything else is said.]
    -> success
* [Your score has dropped from 88 to 71. We need to talk about it. #recognise-1 #openness-1 #note: Leading with the number confirmed his fear that this is a telling-off.]
    -> opening_cold
* [Customers aren't ruder, Daniel. That's an excuse. #calm-2 #listen-1 #openness-2 #note: Arguing with his view in the first minute turned the one-to-one into a debate.]
    -> opening_cold

=== opening_cold ===
Here we go.
* [Let me start again. Before any numbers, I want to talk about something you did really well on Monday. #recognise+2 #calm+1 #openness+2 #note: Resetting the conversation around a real success rescued it.]
    -> success
* [The numbers don't lie, Daniel. #calm-1 #openness-1 #note: Pressing the numbers on a defensive person only closes him further.]
    -> success

=== success ===
{ openness <= 1: -> shut_down_end }
The Monday call? I just let her talk, I suppose. Then I told her exactly when I'd call back.
* [That's exactly it. Letting her talk and giving a time is what good looks like. I want more of that. #recognise+1 #observe+1 #trust+1 #openness+1 #note: Naming the exact steps that worked makes the success repeatable, not just praise.]
    -> his_view
* [Good. Anyway, about the scores. #recognise-1 #openness-1 #note: Rushing past the success told him it was just a sweetener before the criticism.]
    -> his_view

=== his_view ===
{ openness <= 1: -> shut_down_end }
But most calls aren't like that. People start shouting from the first second.
* [Tell me about one of those. What happens in the first minute? #listen+2 #trust+1 #note: Asking about a real call lets him look at it with you instead of defending it.]
    -> feedback
* [Everyone gets shouted at. You have to deal with it. #listen-1 #calm-1 #openness-1 #note: Dismissing his experience tells him you are not interested in his side.]
    -> feedback
* [Maybe you're provoking them. #observe-2 #openness-2 #note: A guess about his motives is a label, not feedback; he can't act on it.]
    -> feedback

=== feedback ===
{ openness <= 1: -> shut_down_end }
He waits. #stage
* [#free:the-feedback] -> defensive

=== defensive ===
{ openness <= 1: -> shut_down_end }
So it's my fault now? The system needs the account number!
* [It does need it. It's when you ask that matters. I'm not saying it's your fault. I'm saying one habit is costing you, and it's easy to fix. #calm+2 #observe+1 #openness+1 #note: You agreed with what was true, separated the habit from the person and stayed on the point.]
    -> his_idea
* [Well, yes. It is. #calm-2 #openness-2 #note: Confirming blame hands him the fight he was expecting.]
    -> his_idea
* [Okay, forget I mentioned it. #observe-2 #agree-1 #note: Backing off the moment he pushes leaves the habit untouched.]
    -> his_idea

=== his_idea ===
{ openness <= 1: -> shut_down_end }
I suppose I could let them finish first.
* [That sounds right. What would that look like on your next call? #listen+2 #agree+1 #trust+1 #note: Asking him to describe it turns your idea into his plan.]
    -> one_change
* [Good. Do that. #listen-1 #note: An order ends his thinking just as he started to own the change.]
    -> one_change

=== one_change ===
{ openness <= 1: -> shut_down_end }
Let them finish, say sorry, then ask for the number?
* [Exactly. Just that one change this week, nothing else. #agree+2 #observe+1 #trust+1 #note: One change is something he can do tomorrow; a list is something he will forget.]
    -> follow_up
* [Yes, and also your closings, your hold times and your notes. #agree-2 #openness-1 #note: Piling on everything at once buries the one change that matters.]
    -> follow_up

=== follow_up ===
{ openness <= 1: -> shut_down_end }
And then what?
* [I'll listen to three of your calls next Thursday, and we'll sit down for fifteen minutes on Friday to look at them together. #agree+2 #trust+1 #note: A dated follow-up, done together, is what makes coaching stick.]
    -> closing
* [We'll see how your scores look next month. #agree-1 #note: Waiting for the monthly number tells him nobody will notice the change itself.]
    -> closing

=== closing ===
{ openness <= 1: -> shut_down_end }
Okay. Thanks. I thought this was going to be a telling-off.
* [It's not. You're good at this, and I want you to enjoy it again. Thanks for being honest with me. #recognise+1 #calm+1 #openness+1 #trust+1 #note: Ending on recognition and thanks leaves him wanting to come back.]
    -> wrap
* [Well, the scores do need to come up. #recognise-1 #openness-1 #note: Ending on the number undoes the trust you built.]
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
