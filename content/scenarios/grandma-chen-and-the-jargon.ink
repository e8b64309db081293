VAR ease = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_teach_back = false
VAR said_on_me = false
VAR said_is_that_clear = false
VAR said_tests_her = false
VAR said_jargon = false
VAR said_talks_down = false

An elderly woman puts a folded bill on the counter and smooths it flat. #stage
Young man, this bill is wrong. It says "OTT value-added service" and "data bundle overage". I don't know what any of that means. I only use the phone to call my grandson.
-> opening

=== opening ===
* [Let's go through it together, Mrs Chen. Take your time. Which line worries you most? #patience+2 #resolve+1 #ease+1 #note: Slowing down and letting her choose where to start put her at ease.]
    -> first_line
* [Don't worry, I can fix that for you. The 40 yuan is a TV service on your phone and the 30 yuan is for extra data. I'll take the TV service off right now. #plain+1 #resolve+1 #patience-1 #ease-1 #note: Mostly plain words and a quick fix, but you raced ahead before she could say which line worried her, and "extra data" is still a mystery to her.]
    -> opening_cold
* [It's all explained on our website, under My Bill. #patience-2 #ease-2 #note: Sending her to a website is sending her away.]
    -> opening_cold

=== opening_cold ===
I don't understand these things. That's why I came here.
* [Of course, I'm sorry. Let's look at it together, line by line. #patience+2 #ease+2 #note: An apology and a slower pace recovered her confidence in you.]
    -> first_line
* [I can print the explanation page for you, with the two charges underlined, so you can read it at home in your own time. #ease-1 #note: Helpful in intent, but the same words on paper are still the same barrier.]
    -> first_line

=== first_line ===
{ ease <= 1: -> confused_end }
This one. Forty yuan. What is it?
* [It's a video service, like a TV channel on your phone. It started in March. Do you remember agreeing to it? #plain+2 #resolve+1 #trust+1 #note: A comparison from her own life explained it in one sentence.]
    -> never
* [OTT means "over the top". It's a streaming service, a bit like a TV channel on your phone, and it was added to your account in March at 40 yuan a month. #plain+1 #consistent-1 #note: The TV-channel comparison works, but "over the top" and "streaming" hand her two new puzzles before the answer. Lead with the comparison and leave the bill's words out.]
    -> never

=== never ===
{ ease <= 1: -> confused_end }
No! I never watch television on the phone. Only video calls with my grandson.
* [Then let's stop the TV service today, and I'll make sure your video calls still work. #resolve+2 #trust+1 #ease+1 #note: Stopping what she doesn't use, and protecting what she does, is her real need.]
    -> data
* [That's all right, it happens a lot. These services are easy to start by accident, so you may have pressed something in a message without realising. #patience-2 #ease-2 #note: Gently said, but implying it's her fault still makes her feel foolish, whatever happened in March.]
    -> data

=== data ===
{ ease <= 1: -> confused_end }
And this "data" one. Thirty yuan.
* [Data is what your phone uses to go online, and video calls use data too. Your plan has a set amount of data each month. This month you used more data, so there's an extra charge. #plain+2 #consistent+2 #note: One word, "data", used the same way every time, with no technical terms.]
    -> check_back
* [That's mobile broadband overage. Your plan includes a 2 GB allowance, and when you go over it, every extra MB is charged at the out-of-bundle rate. #plain-2 #consistent-1 #ease-1 #note: Accurate, but four technical terms in two sentences lose her completely.]
    -> check_back
* [Your video calls go over the internet, and your plan only includes a certain amount of internet each month. This month the calls used more than that, so you were charged 30 yuan for the extra data. #plain+1 #consistent-1 #note: Plain everyday words, but "internet" and then "data" sounds like two different things to her. Pick one word and keep to it.]
    -> check_back

=== check_back ===
{ ease <= 1: -> confused_end }
She nods slowly. #stage
* [#free:check-back] -> her_words

=== her_words ===
{ ease <= 1: -> confused_end }
{
    - reply_rude:
        She stiffens and picks up her bill. #stage
        There is no need to speak to me like that, young man. I am old, not deaf.
        She takes a breath and tries anyway. #stage
    - reply_unclear:
        I'm sorry, I didn't catch that. What are you asking me?
        You ask again, more simply, and she thinks. #stage
    - said_talks_down:
        She stiffens a little. #stage
        I am not a child, young man. But... let me try.
    - said_jargon:
        Gigabytes? Overage? You've lost me again.
        You put it back into plain words, and she tries. #stage
    - said_tests_her:
        She looks down at the bill. #stage
        A test? Oh dear. Well... I'll try.
    - said_teach_back && said_on_me:
        You explained it very nicely. Let me see.
    - said_teach_back:
        In my own words? Let me see.
    - said_is_that_clear:
        Yes, yes, clear.
        She nods, but her eyes stay on the bill. You ask her to tell you in her own words instead. #stage
    - else:
        She waits, unsure what you want. You ask her to tell you in her own words what the data charge is for. #stage
}
When I video call my grandson, it uses... data. And if I use too much data, I pay more?
* [Exactly right. You explained it better than I did. #check+1 #patience+1 #ease+1 #note: Confirming, with warmth, that she has it builds her confidence.]
    -> stop_paying
* [Yes, more or less. It's a little more complicated, because it depends on the picture quality and how long you talk, but roughly, yes. #patience-1 #note: Accurate, but a grudging "roughly" leaves her unsure she has understood. She has it: tell her so.]
    -> stop_paying

=== stop_paying ===
{ ease <= 1: -> confused_end }
So how do I stop paying more?
* [Two ways. Your home WiFi is free for video calls, and I can set your phone to use it now. And if you like, I can add a little more data to your plan for five yuan a month. #resolve+2 #plain+1 #trust+1 #note: Two simple options in her terms, with the cheapest first.]
    -> write_down
* [The easiest way is to add a little more data to your plan. It's five yuan a month, and I can do it for you right now. #plain+1 #resolve-1 #note: Plain and quick, but it skips the free answer, her home WiFi. She came in to pay less, not a little more every month.]
    -> write_down

=== write_down ===
{ ease <= 1: -> confused_end }
I'll forget all of this by the time I get home.
* [I'll write it on this card for you, in big letters: the TV service is stopped, use WiFi for video calls at home, and my name and the shop's number if anything's wrong. #plain+1 #check+1 #trust+1 #ease+1 #note: Something to take home means she doesn't have to remember it all, or worry.]
    -> wrap
* [Everything we've done today is in our app too, under Account, and you can check your data there any time. #patience-1 #ease-1 #note: The app is the problem, not the answer, for her. Give her something she can hold.]
    -> wrap

=== wrap ===
{ trust >= 5 && ease >= 5: -> understood_end }
-> nodding_end

=== understood_end ===
Thank you, young man. Nobody has ever explained it like that. I'll tell my friends to come to you. #ending: understood
-> END

=== confused_end ===
Never mind. I'll ask my grandson when he visits.
She folds the bill away and leaves. #stage #ending: confused
-> END

=== nodding_end ===
Yes, yes. Thank you. I think I understand. #ending: nodding
-> END
