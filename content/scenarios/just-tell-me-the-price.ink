VAR mood = 3
VAR trust = 1

Monday, 2:10 pm. A caller, brisk, before you finish your greeting. #stage
How much is your fastest plan? The 1 gig one. Just the price, please, I haven't got long.
-> opening

=== opening ===
* [It's 45 a month on a 12-month contract, Mrs Okafor. #straight+2 #respect+1 #mood+1 #note: She asked for a number; giving it first shows you heard her and earns you the next question.]
    -> sign_me_up
* [Before I quote anything, can I ask you a few questions about how you use the internet? #straight-2 #respect-1 #mood-2 #note: Holding back the answer she asked for feels like a sales script starting.]
    -> guarded
* [Great choice! It's our most popular plan. Shall I sign you up today? #straight-1 #fit-1 #mood-1 #note: Enthusiasm without the price is a pitch, and she told you she does not want one.]
    -> guarded

=== guarded ===
{ mood <= 1: -> hung_up_end }
I asked for a price. Is that hard?
* [Sorry, you're right. It's 45 a month on a 12-month contract. #straight+1 #respect+1 #mood+1 #note: Owning the miss and answering straight away gets the call back on track.]
    -> sign_me_up
* [It depends on a few things, so I do need to ask some questions. #straight-1 #mood-1 #note: "It depends" after being asked twice sounds like dodging.]
    -> sign_me_up

=== sign_me_up ===
{ mood <= 1: -> hung_up_end }
Fine. Sign me up then.
* [Happy to. One quick question first, so you don't pay for something that won't help: what's prompting the upgrade? #discover+2 #respect+1 #trust+1 #note: Asking permission, and saying why, makes one question feel like help rather than a hurdle.]
    -> freezing
* [Sure, I'll process that now. #discover-2 #fit-1 #note: Taking the order without knowing what it is for risks selling her the wrong fix.]
    -> freezing_unasked
* [Do you stream a lot of films? #discover-1 #note: A closed guess only tests your idea; an open question lets her tell you hers.]
    -> freezing

=== freezing_unasked ===
{ mood <= 1: -> hung_up_end }
While you type: it had better stop my video calls freezing. That's the whole point.
* [Ah, then let me check something before I finish this. Tell me about the freezing: when does it happen? #discover+1 #listen+1 #note: Better late than never: you stopped the sale to find out what it is for.]
    -> probe
* [It will. 1 gig is more than three times faster. #fit-2 #note: Promising the upgrade fixes freezing, without knowing why the calls freeze, is a guess she will pay for.]
    -> sold_end

=== freezing ===
{ mood <= 1: -> hung_up_end }
My video calls with clients keep freezing. Obviously the internet's too slow.
-> probe

=== probe ===
* [#free:probe] -> clues

=== clues ===
{ mood <= 1: -> hung_up_end }
Afternoons mostly. I work in the back bedroom, two floors up. The router's in the hall downstairs, where the cable comes in.
* [So the calls freeze in the back bedroom, two floors from the router, mostly in the afternoon. Have I got that right? #listen+2 #discover+1 #trust+1 #note: Playing back the details she gave shows you listened, and lets her correct you before you act on them.]
    -> confirm
* [Afternoons are the busiest time on the network, so the faster plan will help. #fit-2 #listen-1 #note: You had the clue (two floors from the router) and jumped to the answer you wanted to sell.]
    -> confirm
* [Have you tried turning the router off and on again? #respect-2 #mood-1 #note: A script answer tells a busy professional you were not listening.]
    -> confirm

=== confirm ===
{ mood <= 1: -> hung_up_end }
Yes. So can you upgrade me or not?
* [I can. One last check: if you take a call downstairs next to the router, does it still freeze? #listen+2 #discover+1 #mood+1 #note: One closed question, chosen well, confirms the cause in a few seconds.]
    -> test
* [I'll run a quick line test first, it takes a minute. #discover+1 #note: The test helps, but without asking her you have only half the picture.]
    -> test

=== test ===
{ mood <= 1: -> hung_up_end }
Downstairs? No, it's fine down there. I moved once for a big client call.
You run a line test: the full 300 Mbps is reaching her router. #stage
* [Then here's the honest answer: the faster plan won't fix this. Your line already delivers the full 300 to the router. What's failing is the Wi-Fi getting up two floors. A Wi-Fi extender for your office fixes that, and it's 5 a month. #fit+3 #trust+2 #mood+1 #note: Telling her the cheaper thing fixes it is the fastest way to earn a guarded customer's trust.]
    -> catch
* [The line's fine, but the 1 gig plan has a better router, so it might help. #fit-1 #note: "Might help" on a 45-a-month upgrade, when you know the cause, is selling, not advising.]
    -> catch
* [You could take both the upgrade and an extender, to be safe. #fit-1 #respect-1 #note: Stacking products "to be safe" sounds like the upsell she was braced for.]
    -> catch

=== catch ===
{ mood <= 1: -> hung_up_end }
Hang on. You're telling me not to spend more? What's the catch?
* [No catch. If I sold you the faster plan, you'd still freeze next Monday and call us back, rightly annoyed. An extender puts strong Wi-Fi in your office; the line's already fast enough. #fit+1 #trust+2 #mood+1 #note: A concrete "what happens next Monday" explains the advice in her terms.]
    -> order
* [No catch, honestly. Trust me. #fit-1 #note: "Trust me" asks for trust instead of giving her a reason.]
    -> order
* [Well, if you'd rather have the upgrade anyway, I can still do that. #fit-2 #note: Backing off the right advice the moment she questions it tells her it was never advice.]
    -> order

=== order ===
{ mood <= 1: -> hung_up_end }
All right. Send the extender.
* [Done. It arrives Wednesday. Plug it in on the landing halfway between the router and your office, and the light turns blue when it's in a good spot. The setup card has the three steps. #straight+1 #fit+1 #trust+1 #mood+1 #note: Delivery day, where to put it and how to tell it works: a clear close saves her a second call.]
    -> still
* [Done, it's on its way. Instructions are in the box. #straight-1 #note: She has to guess when it comes and where it goes, which is where extenders fail.]
    -> still

=== still ===
{ mood <= 1: -> hung_up_end }
And if my calls still freeze?
* [Then we don't leave it there. I'll call you Thursday at 4, after your afternoon calls. If it's still freezing, we'll send a technician at no charge. #fit+1 #trust+1 #respect+1 #mood+1 #note: A named check-back time shows you own the outcome, not just the order.]
    -> wrap
* [Then call us back and we'll look into it. #fit-1 #note: Putting the follow-up on her means starting again with someone new.]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> fitted_end }
-> sold_end

=== fitted_end ===
Well. That's the first time anyone's talked me out of spending money. Thursday at 4, then. #ending: fitted
-> END

=== sold_end ===
Fine. Just make sure it works. #ending: sold-wrong
-> END

=== hung_up_end ===
Forget it. I'll look on your website.
The line goes dead. #stage #ending: hung-up
-> END
