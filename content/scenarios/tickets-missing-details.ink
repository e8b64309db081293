VAR mood = 3
VAR trust = 1

An internal call from the field-service office. No greeting. #stage
Your tickets are useless. Three wasted trips this week. My technicians are driving round with the wrong parts to addresses that don't exist.
-> opening

=== opening ===
* [Three wasted trips is three too many, Bongani. I want to fix this. Tell me what was missing on each one. #customer+2 #listen+1 #mood+1 #note: Owning the impact and asking for specifics treats him like a customer with a real problem, not a colleague to fend off.]
    -> examples
* [The desk is really stretched at the moment. We're doing our best. #calm-2 #customer-1 #mood-1 #note: "We're busy" defends your team and leaves his problem where it was.]
    -> examples
* [The tickets come straight out of the system, so that's not really on us. #calm-2 #customer-2 #mood-2 #note: Blaming the system tells him nobody owns the hand-off, which is exactly his complaint.]
    -> examples

=== examples ===
{ mood <= 1: -> escalated_end }
One had no flat number: forty minutes in a tower block. One said "washing machine broken". Which one? What's wrong with it? And one said the customer was home all day. She wasn't.
* [So: a missing flat number, no model or fault details, and the wrong availability. Which of those costs you most? #listen+2 #customer+1 #trust+1 #note: Playing back all three, then asking which hurts most, shows you heard him and lets him set the priority.]
    -> impact
* [To be fair, customers don't always tell us the model. #calm-1 #listen-1 #note: Defending before he has finished makes him repeat himself louder.]
    -> impact
* [OK, I'll pass that on to the team. #listen-1 #customer-1 #note: "I'll pass it on" is how nothing happens.]
    -> impact

=== impact ===
{ mood <= 1: -> escalated_end }
The model. Without it they bring the wrong part and come back another day. Do you know what a wasted trip costs?
* [Half a technician's day, and the customer waits for a second visit and blames all of us. That starts at our desk, so it's ours to fix. #customer+2 #calm+1 #trust+1 #mood+1 #note: Seeing the cost from his side, and the customer's, is what treating a colleague as a customer means.]
    -> checklist_step
* [I know, but your technicians could always ring the customer before they set off. #calm-1 #customer-2 #note: Moving the fix onto his team sounds like "not my problem".]
    -> checklist_step

=== checklist_step ===
{ mood <= 1: -> escalated_end }
So what are you going to do?
* [#free:checklist] -> ignored

=== ignored ===
{ mood <= 1: -> escalated_end }
Nice list. Checklists get ignored after a week.
* [Then we won't rely on memory. I'll ask for those four to become required fields on the ticket form, so a ticket can't be sent without them. Until that's live, I'll check ten tickets a week myself and share the results with you. #follow+2 #checklist+1 #trust+1 #note: Building the checklist into the form, and measuring it, is what makes it survive the first busy week.]
    -> his_side
* [I'll send an email to the whole desk today. #follow-1 #note: An email reminder is exactly the kind of fix he has seen fade.]
    -> his_side
* [You'll just have to trust us on this one. #follow-2 #mood-1 #note: After three wasted trips, "trust us" asks for the one thing you haven't earned.]
    -> his_side

=== his_side ===
{ mood <= 1: -> escalated_end }
And what do you need from us?
* [One thing: when a ticket is still missing something, flag it back to me with what was missing. Then I can coach the person who wrote it, not guess. #customer+1 #follow+1 #listen+1 #mood+1 #note: An internal customer relationship runs both ways: a simple feedback loop lets you fix causes, not symptoms.]
    -> review
* [Nothing, it's our problem to fix. #follow-1 #note: Generous, but without his feedback you won't know which tickets still fail.]
    -> review

=== review ===
{ mood <= 1: -> escalated_end }
Fine. When do we see if it's working?
* [Let's start Monday and look at the numbers together in two weeks: how many trips were wasted because of a ticket. I'll book thirty minutes with you now. #follow+2 #trust+2 #mood+1 #note: A start date, a measure you both care about and a meeting in the diary turn a promise into a plan.]
    -> close_step
* [Let's just see how it goes. #follow-2 #note: With no date and no measure, nobody will know if it worked.]
    -> close_step

=== close_step ===
{ mood <= 1: -> escalated_end }
Right. Anything else?
* [Just thanks for calling me directly. To recap: the four required fields, requested today; my weekly check of ten tickets until they're live; your team flags anything missing to me; and our review in two weeks. #customer+1 #follow+1 #trust+1 #mood+1 #note: Thanking a colleague for a complaint, and recapping who does what, ends the call as partners.]
    -> wrap
* [No, that's it. Bye. #customer-1 #note: An abrupt end throws away the goodwill you built.]
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
