VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_time = false
VAR said_checkpoint = false
VAR said_overpromise = false
VAR said_vague = false

她身后能听到磨咖啡豆的声音，还有排队的人在说话。 #stage
我这网从十一点就断了！现在是午饭点，刷卡机用不了，我只能眼看着客人走。你们赶紧想办法！
-> opening

=== opening ===
* [这个时间断网真是最要命的。我现在就处理。现在最影响您的是刷卡机吧？ #feeling+1 #needs+2 #mood+1 #note: 一句话表示理解，然后马上问一个问题，找出她此刻最要紧的是什么。]
    -> card
* [真的很抱歉，我一定尽力帮您。在查线路之前，我需要先跟您核实几个简单的安全问题。 #needs-1 #mood-1 #note: 道歉是对的，可她正在流失客人，您却先走流程，听上去就像她的损失无所谓。]
    -> opening_cold
* [我先帮您报个故障。工程师会在48小时内联系您。 #loss-2 #time-1 #mood-2 #note: 损失正在发生，给一张48小时的故障单，等于什么忙都没帮上。]
    -> opening_cold

=== opening_cold ===
安全问题？48小时？我每分钟都在亏钱！
* [您说得对，抱歉。我已经通过您的来电号码调出账户了。最要紧的是刷卡收款，对吧？ #needs+2 #feeling+1 #mood+2 #note: 放下流程，问她什么最要紧，通话就回到正轨了。]
    -> card
* [抱歉，我知道您很着急，但为了保护您的账户，我必须按流程来。就一分钟，问完我就能帮您全面查一下。 #mood-1 #note: 理由再合理，对一个正在亏钱的人反复强调流程，只会把她推得更远。]
    -> card

=== card ===
{ mood <= 1: -> hung_up_end }
对！我一半的客人只刷卡。
你查了一下：这一片区域出了故障，好几家商户都受影响。工程师预计下午三点修好。 #stage
* [谢谢。您那片是区域故障，好几家商户都受影响。工程师正在抢修，预计下午三点修好。 #honest+3 #trust+1 #note: 把真实原因和真实的预计时间说清楚，她才能安排接下来的事。]
    -> three
* [多半是您的路由器问题。您试过重启吗？ #loss-1 #honest-1 #mood-1 #note: 故障明明在我们这边，却去猜她的设备，既浪费她的时间，也耗光她的耐心。]
    -> three
* [真的很抱歉，偏偏赶上午饭点这个时候。您那一片出了故障，工程师正在抢修，应该用不了太久就能好。 #feeling+1 #honest-1 #trust+1 #note: 很暖心，也让人安心，可“应该用不了太久”把真实的下午三点藏起来了，而她正需要这个时间来安排午市。]
    -> three

=== three ===
{ mood <= 1: -> hung_up_end }
三点？！我哪等得到三点！
* [那我们先让您能继续收款。您的套餐里有一个4G备用网卡。我现在就给您远程开通，十分钟之内刷卡机就能用它联网。现在开吗？ #loss+2 #needs+1 #mood+1 #trust+1 #note: 先止损：线路还没修好，她早就能重新收款了。]
    -> guide
* [真的很抱歉，我知道这很难熬，但这是区域故障，恐怕在工程师修好之前，我这边也没什么办法。 #loss-2 #honest-1 #mood-2 #note: 明明有办法可想；“没什么办法”，说得再客气，也把这扇门关上了。]
    -> guide
* [完全理解。那至少要保证您能拿到补偿：我把断网开始的时间记下来，方便之后给您核算营业损失的补偿额度。 #loss-1 #needs-1 #note: 出发点是好的，但补偿可以等；损失还在继续的时候，先止损。]
    -> guide

=== guide ===
{ mood <= 1: -> hung_up_end }
这个怎么弄啊？我不懂技术。
* [把网卡插到刷卡机背面的USB口上就行。连上之前我一直在线陪着您。 #loss+1 #time+1 #trust+1 #mood+1 #note: 一直陪她到连上为止，才能确保问题真的解决了。]
    -> works
* [我马上给您发一份带图的简单步骤说明。几分钟就能弄好，您先去招呼客人，哪里不明白再给我打电话。 #loss+1 #mood-1 #note: 很快，也让她能回去招呼客人，可您不在线上，没人确认它到底连上没有，她会觉得被丢下自己弄。]
    -> works

=== works ===
{ mood <= 1: -> hung_up_end }
背景里“嘀”的一声。 #stage
能用了！哎呀，谢天谢地。那给客人用的WiFi呢？
* [备用网卡只管收款，所以给客人用的WiFi要等线路修好才能恢复。在门口贴个告示，可能能省掉不少人来问。 #honest+2 #needs+1 #note: 把临时方案做不到的事说清楚，就避免了下一次失望。]
    -> checkpoint
* [WiFi应该也能用网卡的网络。 #honest-2 #note: 自信地瞎猜，一旦猜错，等她的客人连不上网时，就是一通更生气的电话。]
    -> checkpoint

=== checkpoint ===
{ mood <= 1: -> hung_up_end }
好。那我什么时候再接到你们的消息？
* [#free:checkpoint] -> compensation

=== compensation ===
{ mood <= 1: -> hung_up_end }
{
    - reply_rude:
        你说什么？我一上午都快疯了，可不想再受你的气。
    - reply_unclear:
        啊？什么？我门口还排着队呢。你就告诉我你什么时候打给我。
    - said_overpromise:
        三点前肯定修好？行。我可记住了，我还要跟我的老主顾们也这么说。
    - said_time && said_checkpoint:
        好。那个时间打给我，三点要是有变，你第一时间告诉我。这样我就好安排了。
    - said_time:
        好，就那个时间。不过要是工程师拖了，我得在下午的老主顾来之前知道。
    - said_checkpoint:
        行，有变化你会告诉我。可你到底什么时候联系我？
    - said_vague:
        “尽快”对我安排下午一点用都没有。给我个准点。
    - else:
        这不算回答吧。你到底什么时候给我打电话？
}
还有一件事。我要补偿。我一上午的营业额都没了。
* [您提这个要求是应该的。这次断网，您会按套餐拿到服务补偿。营业损失这部分，我今天就帮您提交索赔，商务团队会在五个工作日内答复。结果我没法向您保证。 #honest+2 #time+1 #feeling+1 #trust+1 #note: 确定的（套餐里的补偿）、其余部分的途径和日期都说了，又不替别人答应他们才能决定的事。]
    -> closing
* [折腾了一上午，您应该得到点补偿，我不想让您因为我们的问题吃亏。我保证给您全额退掉这个月的月费，还会在您账户上备注好，谁都不会有异议。 #honest-2 #note: 出于好意，但承诺一笔您无权批准的退款，等于埋下第二次投诉。]
    -> closing
* [很抱歉，我知道这一上午损失不小。您的套餐对断网有服务补偿，我今天就加到您的账户上，这部分就办好了。 #honest+1 #feeling+1 #mood-1 #note: 诚实又体贴，补偿也是确定的，可她真正问的营业损失，您一条途径都没给。]
    -> closing

=== closing ===
{ mood <= 1: -> hung_up_end }
好。谢谢。你真的帮了大忙。
* [能让您继续营业就好。您马上会收到一条带工单号的短信，我两点半给您打电话。 #time+1 #feeling+1 #mood+1 #note: 在最后一句话里再确认一次下次联系，她才记得住。]
    -> wrap
* [不客气，孟姐。这么难熬的午饭点，您应付得太棒了。快去招呼客人吧，不多耽误您一秒钟。 #feeling+2 #time-1 #note: 很暖心，也让她能赶紧回去忙，可您错过了在最后一句话里确认两点半那通电话的机会。]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> kept_trading_end }
-> lost_lunch_end

=== kept_trading_end ===
两点半。太好了。好了，我得去招呼客人了。 #ending: kept-trading
-> END

=== hung_up_end ===
算了。我换一家真能帮上忙的运营商。
电话那头没了声音。 #stage #ending: hung-up
-> END

=== lost_lunch_end ===
行吧。那我就跟客人说只收现金吧。 #ending: lost-lunch
-> END
