VAR morale = 2
VAR trust = 1

Grace knocks and closes the door behind her. #stage
Can I be honest? The team's had enough. That email on Friday about handle times was the last straw.
-> opening

=== opening ===
* [Thank you for telling me, Grace. I'd rather hear it than not. Go on. #listen+2 #trust+1 #morale+1 #note: Thanking her for coming and inviting the rest made it safe to be honest.]
    -> the_week
* [That email came from senior management, not from me. #own-2 #morale-1 #note: Passing the blame upward tells the team their lead isn't on their side either.]
    -> opening_cold
* [Handle times did go up a lot last week, though. #listen-1 #recognise-1 #morale-1 #note: Defending the numbers before hearing her out proves the team's point.]
    -> opening_cold

=== opening_cold ===
See? That's exactly what everyone's saying.
* [You're right, that wasn't the point. Tell me how the week was for the team. #listen+2 #own+1 #morale+2 #note: Admitting the misstep and asking again rescued the conversation.]
    -> the_week
* [I'm just saying the numbers are real. #morale-1 #note: Repeating the defence closes the door a second time.]
    -> the_week

=== the_week ===
{ morale <= 1: -> walked_out_end }
The billing system was down for three days. Queues of eighty calls. People skipped breaks to keep up. And then an email telling us we were too slow.
* [You kept the phones going through three days of outage, with people skipping breaks. That's a huge effort, and I should have said so before anyone talked about numbers. #recognise+2 #own+1 #trust+1 #morale+1 #note: Specific recognition, and owning that it came late, is what the team needed to hear.]
    -> the_board
* [I know it was busy. Everyone had a tough week. #recognise-1 #note: Generic sympathy doesn't show you noticed what they actually did.]
    -> the_board

=== the_board ===
{ morale <= 1: -> walked_out_end }
And the rankings board. Tom's at the bottom, and he took the worst calls all week.
* [That isn't fair on Tom, and you're right that the board doesn't show who took the hard calls. I'll take it down this week. #fix+2 #own+1 #trust+1 #note: Individual star rankings breed envy; removing the board is a visible fix you control.]
    -> ask
* [The board is there to motivate people. #fix-1 #morale-2 #note: Defending a ranking that punishes the person who took the hardest calls loses the whole team.]
    -> ask
* [I'll have a word with Tom. #fix-1 #recognise-1 #note: Singling Tom out misses her point: the board is the problem, not Tom.]
    -> ask

=== ask ===
{ morale <= 1: -> walked_out_end }
She waits to see what you'll say next. #stage
* [#free:ask] -> ideas

=== ideas ===
{ morale <= 1: -> walked_out_end }
Honestly? A proper break after days like that. And someone to tell management what it was actually like.
* [Both fair. Let's do it properly: a fifteen-minute huddle on Monday where everyone can put ideas on the board, and I'll post what we're doing about each one, including what I take to management. #forum+2 #own+1 #trust+1 #morale+1 #note: A forum with visible outcomes turns one conversation into a habit the whole team can trust.]
    -> management
* [I'll pass that on. #forum-1 #note: "Passing it on", with no date and no answer back, is how suggestions disappear.]
    -> management

=== management ===
{ morale <= 1: -> walked_out_end }
Will you actually tell them?
* [Yes. I'll tell my manager on Wednesday what last week was like, and ask that outage days are left out of the handle-time figures. I'll tell the team what she says. #own+2 #fix+1 #trust+1 #note: A named conversation, a specific request and a promise to report back: that is taking responsibility.]
    -> noticed
* [I'll try, but you know how it is. #own-1 #morale-1 #note: A half-promise confirms that nothing will change.]
    -> noticed

=== noticed ===
{ morale <= 1: -> walked_out_end }
People just want to hear that someone noticed.
* [They will. I'll thank the team for the outage days at Monday's huddle, specifically, and I'll start a quick shout-out for good saves every day. #recognise+2 #forum+1 #morale+1 #note: Public, specific, regular recognition of the team is what builds harmony.]
    -> closing
* [Everyone knows they're appreciated. #recognise-2 #morale-1 #note: If they knew, Grace wouldn't be here.]
    -> closing

=== closing ===
{ morale <= 1: -> walked_out_end }
Okay. Thanks for listening. I wasn't sure you would.
* [Thank you for coming to me. It helps me do my job better. Let's talk again on Friday and see whether things feel different. #fix+1 #listen+1 #trust+1 #morale+1 #note: Thanks and a dated follow-up show this wasn't a one-off.]
    -> wrap
* [That's what I'm here for. #fix-1 #note: Warm, but with no follow-up nobody will know whether anything changed.]
    -> wrap

=== wrap ===
{ trust >= 6 && morale >= 5: -> heard_end }
-> polite_end

=== heard_end ===
Monday, then. I'll tell them. I think they'll come. #ending: heard
-> END

=== walked_out_end ===
Right. I'll tell them nothing's changing, then.
She leaves. #stage #ending: walked-out
-> END

=== polite_end ===
Okay. Well. We'll see. #ending: polite
-> END
