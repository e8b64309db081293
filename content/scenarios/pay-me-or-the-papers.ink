VAR mood = 2
VAR trust = 1
VAR caved = 0
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_refund = false
VAR said_losses = false
VAR said_goodwill = false
VAR said_refers = false
VAR said_caves = false
VAR said_pleads = false
VAR said_bristles = false

No greeting. The voice is loud and very sure of itself. #stage
Ten thousand. That's what you owe me. Ten thousand yuan by Friday, or I'm calling the Evening News and putting your company all over the internet.
-> opening

=== opening ===
* [I can hear how angry you are, Mr Gao. Tell me what happened, from the start. #calm+2 #terms+1 #mood+1 #note: Staying level and inviting the story, before reacting to the figure, took the heat out of the threat.]
    -> story
* [I'll be honest with you from the start, Mr Gao: ten thousand yuan is not going to happen, so let's talk about what's realistic. #calm-2 #fair-1 #mood-2 #note: Honest, but arguing with the figure before hearing what happened turned it into a fight.]
    -> opening_cold
* [There's really no need to go to the newspaper, Mr Gao. I'm sure we can sort this out between us, and I'll see what we can do for you. #fair-2 #calm-1 #caved+1 #note: Pleading against the threat, however kindly, tells him the newspaper works.]
    -> story

=== opening_cold ===
Not going to happen? Then we're done here. You'll read about it.
* [I'm sorry, Mr Gao, that came out wrong. I haven't even heard what happened yet. Please, tell me. #calm+2 #terms+1 #mood+2 #note: Owning your own misstep calmly gave the conversation a second chance.]
    -> story
* [I understand you're upset, sir, but our compensation rules are very clear and they apply to every customer, so the amount really isn't something I can change. #calm-1 #terms-1 #note: Quoting rules at someone who is about to hang up closes the last door; he hadn't even told you what happened.]
    -> papers_end

=== story ===
{ mood <= 1: -> papers_end }
You check the record while he talks: two booked visits, both marked "engineer did not attend". #stage
Your engineer missed two appointments. Two! Then on Saturday the fridge died. Everything spoiled. My mother-in-law's birthday dinner, straight in the bin.
* [Two missed visits and then the fridge failing over the weekend. I'm sorry, that should not have happened. #terms+1 #calm+1 #trust+1 #mood+1 #note: The missed visits are on the record, so an apology for them was right, and it showed you heard him.]
    -> fridge_now
* [I'm really sorry. I can see both visits were missed. Sometimes our engineers get pulled onto emergency jobs, which I know doesn't help, but it wasn't that nobody cared. #terms-1 #mood-1 #note: The apology was right, but excusing the missed visits, and guessing at the cause, told him you're on the company's side, not his.]
    -> fridge_now
* [Did you keep the receipts for the food? #terms-1 #mood-1 #note: Asking for evidence before acknowledging what happened sounds like suspicion.]
    -> fridge_now

=== fridge_now ===
{ mood <= 1: -> papers_end }
And it's still not working. It's sitting there, warm, in my kitchen.
* [Then first, let's stop it getting worse. I can book an urgent repair for tomorrow morning, and anything else that spoils before then goes on the same claim. Shall I? #loss+2 #trust+2 #mood+1 #note: Stopping the loss first is both right and disarming: he sees action before any argument about money, and every remedy you name is one the policy covers.]
    -> paper_again
* [I'll book an urgent repair for tomorrow morning, and I'm also putting a goodwill credit on your account for the missed visits straight away, so you know we're serious. #loss+2 #fair-1 #trust+1 #note: Stopping the loss was right, but offering money before he had named his terms made the remedy look like a reaction to the threat.]
    -> paper_again
* [You'll need to book a new repair through the website, I'm afraid. #loss-1 #escalate-1 #mood-1 #note: Sending him back to the queue after two missed visits is the opposite of ownership.]
    -> paper_again

=== paper_again ===
{ mood <= 1: -> papers_end }
Don't think booking a repair makes this go away. The Evening News would love this story.
* [That's your right, and I won't try to stop you. I'll tell my team lead you've mentioned it. What I want is to put this right. #calm+2 #fair+1 #escalate+1 #mood+1 #note: Calmly accepting his right, telling your lead, and returning to the remedy is exactly how to handle a media threat.]
    -> the_figure
* [Please, there's no need for the newspapers, Mr Gao. You've had a terrible week and I'd really like us to settle this between ourselves; I'm sure we can work something out that you're happy with. #fair-2 #calm-1 #caved+1 #note: Bargaining against the threat, however warmly, teaches that threats work.]
    -> the_figure
* [That's your right, Mr Gao, and I won't try to stop you. #calm+2 #escalate-1 #note: Calm and correct, but you didn't tell your lead about the media threat, so nobody else will be ready if the paper calls.]
    -> the_figure

=== the_figure ===
{ mood <= 1: -> papers_end }
Good. Then let's talk about the ten thousand.
* [Help me understand how you got to that figure. What has this cost you? #terms+2 #calm+1 #note: Letting him name his terms uncovers the real losses behind the number.]
    -> breakdown
* [Before we talk figures, here's what we do for missed visits: the repair fee back, your documented losses paid, and 200 yuan per missed visit. Then we can look at anything else. #fair+1 #mood-1 #note: Clear and fair, but reciting the standard remedy before he had named his losses made him feel processed, and you never learned what the figure was really about.]
    -> breakdown
* [I'll ask my manager whether we can approve it. #fair-2 #caved+1 #note: Carrying his figure upwards suggests it is reasonable and raises his expectations.]
    -> breakdown

=== breakdown ===
{ mood <= 1: -> papers_end }
The food, about eight hundred. Two days off work waiting for your engineer. And the stress! A family birthday, ruined.
* [So: about eight hundred in food, two days off waiting, and a family birthday spoiled. I'm sorry about the birthday. #terms+2 #trust+1 #mood+1 #note: Playing back his real losses, including the one money can't fix, shows you took all of it seriously.]
    -> offer
* [I should be upfront that we can't pay for stress, but the food and the missed visits are covered. And I'm sorry about the birthday. #fair+1 #mood-1 #note: Honest about what is covered, which is fair, but leading with what you can't pay made the birthday sound like an afterthought.]
    -> offer
* [Eight hundred seems a lot for one dinner. What was in it? #terms-1 #mood-1 #note: Doubting the figure out loud before you have seen anything is an accusation; the receipts or photos will settle it.]
    -> offer

=== offer ===
{ mood <= 1: -> papers_end }
So what are you offering?
* [#free:the-offer] -> insult

=== insult ===
{ mood <= 1: -> papers_end }
{
    - reply_rude:
        Don't you take that tone with me. Two missed visits, a ruined dinner, and now you're rude as well?
    - reply_unclear:
        What is that supposed to mean? Is that an offer or isn't it?
    - said_caves:
        Now we're getting somewhere. Funny what a newspaper does to people.
    - said_pleads:
        Nervous about the paper, are you? Good. Then you know what to do.
    - said_bristles:
        Don't you lecture me. I'm the one who's been let down here, twice.
    - said_refund && said_losses && said_goodwill:
        The repair fee, the food and a few hundred yuan. After the week I've had? That's an insult.
    - said_refers:
        So you send me off to another department. That's an insult.
    - said_refund || said_losses || said_goodwill:
        That's it? A bit of this, a bit of that? That's an insult.
    - else:
        That's not an offer. You haven't told me what I'm getting.
}
Ten thousand, or the papers.
* [I know it's far from what you asked. It's what any customer in your position gets, no less and no more. The rest goes to the complaints team, and they'll reply by Friday. #fair+2 #calm+1 #escalate+1 #trust+1 #note: The same fair offer, said calmly a second time, with a clear route for the rest, is hard to argue with.]
    -> cousin
* [All right. I can hear this isn't enough, and after the week you've had I understand why. Let me see if I can get you two thousand. #fair-2 #caved+2 #note: Raising the offer because he pushed is caving; it is unfair to everyone who accepted the standard remedy.]
    -> cousin
* [Then I'm afraid there's nothing more I can do for you. #escalate-1 #calm-1 #mood-2 #note: "Nothing more I can do" abandons him; there is a route, the complaints team.]
    -> cousin

=== cousin ===
{ mood <= 1: -> papers_end }
Actually, my cousin works at the Evening News. Give me your full name. He'll want to quote you.
* [I'm not able to speak to the press, Mr Gao. If a journalist contacts us, our press team will respond, and I'll let them know today. #escalate+2 #calm+1 #fair+1 #note: Agents never comment to the media, not even politely; you passed it to the people who handle the press.]
    -> close
* [I'd rather not give my full name, but off the record, between us, the engineers are badly understaffed at the moment, which is why your visits were missed. #escalate-2 #calm-1 #note: "Off the record" is still on the record; agents never comment to the press or speculate about causes.]
    -> close
* [You can quote me: we're doing everything we can. #escalate-1 #note: Even a harmless-sounding quote is speaking to the media, which is not an agent's job.]
    -> close

=== close ===
{ mood <= 1: -> papers_end }
Fine. Friday. And the fridge tomorrow.
* [Yes. Engineer tomorrow 8 to 12, any more spoiled food on the same claim, complaints team by Friday. I'll email it all now, with my name on it. #escalate+1 #loss+1 #trust+1 #mood+1 #note: Confirming every commitment in writing, with your name, makes them real.]
    -> wrap
* [Yes, it's all booked. Thank you for your patience today, Mr Gao, and I'm really sorry again about your mother-in-law's birthday. I hope the rest of the week is better. #terms+1 #escalate-1 #note: Warm, and the birthday mattered to him, but without the times in writing he has nothing to check your promises against.]
    -> wrap

=== wrap ===
{ caved >= 2: -> caved_end }
{ trust >= 6 && mood >= 5: -> resolved_end }
{ trust >= 4: -> referred_end }
-> papers_end

=== resolved_end ===
All right. Fix the fridge, sort the money for the food, and I'll wait for Friday. And thanks for actually listening. #ending: resolved
-> END

=== referred_end ===
I'm not happy. But I'll wait for your complaints team. Friday, you said. #ending: referred
-> END

=== caved_end ===
That's more like it. Funny how the newspaper changes things. #ending: caved
-> END

=== papers_end ===
Forget it. I'm calling the paper.
He hangs up. #stage #ending: papers
-> END
