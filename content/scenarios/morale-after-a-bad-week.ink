VAR morale = 2
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_asks = false
VAR said_team = false
VAR said_act = false
VAR said_act_time = false
VAR said_passes_blame = false
VAR said_defends = false

Grace knocks and closes the door behind her. #stage
Can I be honest? The team's had enough. That email on Friday about handle times was the last straw.
-> opening

=== opening ===
* [Thank you for telling me, Grace. I'd rather hear it than not. Go on. #listen+2 #trust+1 #morale+1 #note: Thanking her for coming and inviting the rest made it safe to be honest.]
    -> the_week
* [I understand, and for what it's worth, that email came from senior management, not from me. I didn't know it was going out, and I wouldn't have worded it that way. #own-2 #morale-1 #note: Honest about where it came from, but passing the blame upward tells the team their lead isn't on their side either.]
    -> opening_cold
* [Handle times did go up a lot last week, though. #listen-1 #recognise-1 #morale-1 #note: Defending the numbers before hearing her out proves the team's point.]
    -> opening_cold

=== opening_cold ===
See? That's exactly what everyone's saying.
* [You're right, that wasn't the point. Tell me how the week was for the team. #listen+2 #own+1 #morale+2 #note: Admitting the misstep and asking again rescued the conversation.]
    -> the_week
* [I'm not trying to defend anyone, Grace. I'm just saying the numbers are real, and if I'm going to speak up for the team, I need to be able to explain them. #listen-1 #morale-1 #note: A fair point about evidence, but repeating the defence before hearing her closes the door a second time.]
    -> the_week

=== the_week ===
{ morale <= 1: -> walked_out_end }
The billing system was down for three days. Queues of eighty calls. People skipped breaks to keep up. And then an email telling us we were too slow.
* [You kept the phones going through three days of outage, with people skipping breaks to do it. That deserved a thank-you before any email about numbers. #recognise+2 #own+1 #trust+1 #morale+1 #note: Specific recognition, and owning that it came late, is what the team needed to hear.]
    -> the_board
* [I know. It was a tough week for everyone. #recognise-1 #note: Sympathetic, but general, and "everyone" doesn't show you noticed what your team actually did.]
    -> the_board

=== the_board ===
{ morale <= 1: -> walked_out_end }
And the rankings board. Tom's at the bottom, and he took the worst calls all week.
* [That isn't fair on Tom. The board doesn't show who took the hard calls. I'll take it down this week. #fix+2 #own+1 #trust+1 #note: Individual star rankings breed envy; removing the board is a visible fix you control.]
    -> ask
* [The board is there to motivate people, though. #fix-1 #morale-2 #note: Defending a ranking that punishes the person who took the hardest calls loses the whole team.]
    -> ask
* [That's a fair point. Let's put the board on the agenda for Monday and ask the whole team whether they want to keep it, change it, or get rid of it. #forum+1 #listen+1 #fix-1 #note: Asking the team is fair and open, but Tom stays at the bottom for another week while you wait for a vote on something you could fix yourself.]
    -> ask

=== ask ===
{ morale <= 1: -> walked_out_end }
She waits to see what you'll say next. #stage
* [#free:ask] -> ideas

=== ideas ===
{ morale <= 1: -> walked_out_end }
{
    - reply_rude:
        I came in here for the team. I didn't expect to be spoken to like that. But since you ask, I'll say it anyway.
    - reply_unclear:
        Sorry, I'm not sure what you're asking me. If it's what would help, I can tell you.
    - said_passes_blame:
        So it's management's problem, not yours. That's what everyone said you'd say. I'll tell you what would help anyway.
    - said_defends:
        The numbers again. I didn't come here to talk about numbers. But if you want to know what would help, I'll tell you.
    - said_asks && said_act_time && said_team:
        You'd ask all of them, and actually do something this week? All right. I'll start with what I've heard.
    - said_asks && said_act:
        If you'll really act on it, then I'll tell you. Just don't make it another thing that disappears.
    - said_asks:
        I can tell you. Whether anything happens after that is another matter.
    - said_act:
        Act on what, though? Nobody's asked us what we need. I'll tell you anyway.
    - else:
        Is that a question? If you want to know what would help, just ask. I'll tell you anyway.
}
Honestly? A proper break after days like that. And someone to tell management what it was actually like.
* [Both fair. On Monday, a fifteen-minute huddle: everyone puts ideas up, and I post what happens to each one, management included. #forum+2 #own+1 #trust+1 #morale+1 #note: A forum with visible outcomes turns one conversation into a habit the whole team can trust.]
    -> management
* [Both fair. I'll sort out proper breaks for everyone this week, and I'll tell management myself. #own+1 #forum-1 #morale+1 #note: Quick, concrete action on both points, but you decided for the team instead of giving everyone a way to say what would help.]
    -> management

=== management ===
{ morale <= 1: -> walked_out_end }
Will you actually tell them?
* [Yes. On Wednesday I'll tell my manager what it was like, and ask her to leave outage days out of the figures. Then I'll tell you all her answer. #own+2 #fix+1 #trust+1 #note: A named conversation, a specific request and a promise to report back: that is taking responsibility.]
    -> noticed
* [Yes, today. I'll forward her everything you've just told me, word for word and with your name on it, so she can see it's coming straight from someone on the floor. #own+1 #trust-1 #note: Fast, and it does reach management, but sending her words with her name on, without asking, puts Grace in the spotlight; speak for the team yourself.]
    -> noticed

=== noticed ===
{ morale <= 1: -> walked_out_end }
People just want to hear that someone noticed.
* [They will. On Monday I'll thank the team for the outage days, in front of everyone, and start a quick daily shout-out for good saves. #recognise+2 #forum+1 #morale+1 #note: Public, specific, regular recognition of the team is what builds harmony.]
    -> closing
* [I do notice, and I think most people know that. I'm not one for big speeches, but I'll make a point of saying thanks to people when I walk round the floor this week. #recognise-1 #morale-1 #note: Well-meant, but a quiet thanks in passing isn't the specific, public recognition the team is waiting for. If they knew, Grace wouldn't be here.]
    -> closing

=== closing ===
{ morale <= 1: -> walked_out_end }
Okay. Thanks for listening. I wasn't sure you would.
* [Thank you for coming to me. Let's talk again on Friday and see whether things feel different. #fix+1 #listen+1 #trust+1 #morale+1 #note: Thanks and a dated follow-up show this wasn't a one-off.]
    -> wrap
* [Of course. And thank you, Grace. You carried a lot for the team this week as well, and I noticed, even if I didn't say so. #recognise+1 #fix-1 #note: A well-earned thank-you to Grace, but with no date to check back, nobody will know whether anything changed.]
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
