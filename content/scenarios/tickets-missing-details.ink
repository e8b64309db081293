VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_address = false
VAR said_model = false
VAR said_fault = false
VAR said_window = false
VAR said_blame_form = false
VAR said_pushes_back = false

An internal call from the field-service office. No greeting. #stage
Your tickets are useless. Three wasted trips this week. My technicians are driving round with the wrong parts to addresses that don't exist.
-> opening

=== opening ===
* [Three wasted trips is three too many, Bongani. I want to fix this. What was missing on each one? #customer+2 #listen+1 #mood+1 #note: Owning the impact and asking for specifics treats him like a customer with a real problem, not a colleague to fend off.]
    -> examples
* [I'm sorry to hear that. The desk is really stretched at the moment, we're two people down and the calls haven't stopped, but we're all doing our best. #calm-2 #customer-1 #mood-1 #note: "We're busy" defends your team and leaves his problem where it was.]
    -> examples
* [The tickets come out of the system, so that's not really on us. #calm-2 #customer-2 #mood-2 #note: Blaming the system tells him nobody owns the hand-off, which is exactly his complaint.]
    -> examples

=== examples ===
{ mood <= 1: -> escalated_end }
One had no flat number: forty minutes in a tower block. One said "washing machine broken". Which one? What's wrong with it? And one said the customer was home all day. She wasn't.
* [So: no flat number, no model or fault, and the wrong availability. Which of those costs you most? #listen+2 #customer+1 #trust+1 #note: Playing back all three, then asking which hurts most, shows you heard him and lets him set the priority.]
    -> impact
* [To be fair, customers don't always know the model, and some of them get annoyed when we keep asking. We can only put down what they tell us. #calm-1 #listen-1 #note: Defending before he has finished makes him repeat himself louder.]
    -> impact
* [Right: flat number, model, availability. Got it, and I'll get it fixed. #listen+1 #mood-1 #note: You played it back, which he needed, but "I'll get it fixed", without asking what matters most, sounds like the brush-off he expected.]
    -> impact

=== impact ===
{ mood <= 1: -> escalated_end }
The model. Without it they bring the wrong part and come back another day. Do you know what a wasted trip costs?
* [Half a technician's day, and the customer waits for a second visit. That starts at our desk, so it's ours to fix. #customer+2 #calm+1 #trust+1 #mood+1 #note: Seeing the cost from his side, and the customer's, is what treating a colleague as a customer means.]
    -> checklist_step
* [I know it's frustrating. But could your technicians ring the customer before they set off? It only takes a minute, and it would catch most of these before anyone gets in the van. #calm-1 #customer-2 #note: Moving the fix onto his team sounds like "not my problem".]
    -> checklist_step

=== checklist_step ===
{ mood <= 1: -> escalated_end }
So what are you going to do?
* [#free:checklist] -> ignored

=== ignored ===
{ mood <= 1: -> escalated_end }
{
    - reply_rude:
        Don't get smart with me. I've got twelve technicians sitting in vans.
    - reply_unclear:
        What's that supposed to be? Give it to me in plain sentences.
    - said_blame_form:
        The system. The workload. Right. So nothing changes, then.
    - said_pushes_back:
        My technicians are not your admin team. They fix machines.
    - said_address && said_model && said_fault && said_window:
        Address and access, model, the fault, when they're home. Fine. That's the list.
    - said_model && said_address:
        Model and address, good. And what's actually wrong with it? And when they're home?
    - said_model:
        The model, good. And the flat number? And when they're actually home?
    - said_address || said_fault || said_window:
        And the model? That's the one that costs me most. I just told you.
    - else:
        That's not a list, that's a promise. What goes on the ticket?
}
And even with a list, checklists get ignored after a week.
* [Then let's not rely on memory. I'll ask for those four to be required fields on the ticket form. Until that's live, I'll check ten tickets a week and share the results. #follow+2 #checklist+1 #trust+1 #note: Building the checklist into the form, and measuring it, is what makes it survive the first busy week.]
    -> his_side
* [I'll brief the whole desk today and walk them through your three examples, so everyone sees what a missing flat number costs your team. I'll put the checklist up by every screen too. #follow+1 #mood-1 #note: His examples make it real for the desk, but a briefing and a poster still rely on memory, and he just told you memory fades in a week.]
    -> his_side
* [You'll just have to trust us on this one. Everyone on the desk knows how important it is now, and I'm confident they'll get it right from here on. #follow-2 #mood-1 #note: After three wasted trips, "trust us" asks for the one thing you haven't earned.]
    -> his_side

=== his_side ===
{ mood <= 1: -> escalated_end }
And what do you need from us?
* [One thing: when a ticket's still missing something, send it back to me with what was missing. Then I can coach whoever wrote it. #customer+2 #follow+1 #listen+1 #mood+1 #note: An internal customer relationship runs both ways: a simple feedback loop lets you fix causes, not symptoms.]
    -> review
* [Honestly, nothing. It's our problem, not yours, and your technicians have enough on their plates already. Leave it with me, and I'll make sure it gets sorted properly. #customer+2 #follow-1 #note: Generous, and he hears you own it, but without his team's feedback you won't know which tickets still fail.]
    -> review

=== review ===
{ mood <= 1: -> escalated_end }
Fine. When do we see if it's working?
* [Let's start Monday and look at the numbers together in two weeks: trips wasted because of a ticket. I'll book thirty minutes now. #follow+2 #trust+2 #mood+1 #note: A start date, a measure you both care about and a meeting in the diary turn a promise into a plan.]
    -> close_step
* [Let's give it a few weeks to settle in and then see how it's going. If there are still problems, just let me know and we can pick it up again then. #follow-2 #note: With no date and no measure, nobody will know if it worked.]
    -> close_step

=== close_step ===
{ mood <= 1: -> escalated_end }
Right. Anything else?
* [Just thanks for calling me directly. To recap: I request the four required fields today and check ten tickets a week until they're live; your team flags anything missing to me; we review in two weeks. #customer+1 #follow+1 #trust+1 #mood+1 #note: Thanking a colleague for a complaint, and recapping who does what, ends the call as partners.]
    -> wrap
* [No, that's it. Thanks for calling me directly, Bongani. #customer+1 #trust-1 #note: Warm and quick, but without a recap, who does what lives only in your head, and he has heard promises fade before.]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> agreed_end }
-> truce_end

=== agreed_end ===
Good. First time anyone's taken this seriously. See you in two weeks. #ending: agreed
-> END

=== truce_end ===
We'll see. If it happens again, I'm going to your manager. #ending: truce
-> END

=== escalated_end ===
I've heard enough. I'm taking this to your manager.
He hangs up. #stage #ending: escalated
-> END
